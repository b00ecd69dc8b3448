package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The time limit for making a complaint (reg 12): within 12 months of the event or, if later, of
 * the complainant learning of it. The last day itself is in time, so an event on 10 March 2025 may
 * be complained of until 10 March 2026.
 */
public record TimeLimit(Period period) {

  public TimeLimit {
    Objects.requireNonNull(period, "period");
  }

  /**
   * Whether a complaint received on {@code receivedOn} is in time. When the complainant cannot say
   * when it happened nothing shows it late, so it is treated as in time.
   */
  public boolean isInTime(ComplaintDetails details, LocalDate receivedOn) {
    LocalDate start = details.timeLimitStart();
    return start == null || !receivedOn.isAfter(lastDayToComplain(start));
  }

  public LocalDate lastDayToComplain(LocalDate start) {
    return start.plus(period);
  }
}
