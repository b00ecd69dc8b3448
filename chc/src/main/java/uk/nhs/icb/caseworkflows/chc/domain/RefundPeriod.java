package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days of care the ICB should refund when it found a person eligible after an unjustified
 * delay: from day 29 of the assessment clock to the decision date, both days included.
 */
public record RefundPeriod(LocalDate from, LocalDate to) {

  public RefundPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a refund period ends on or after its first day");
    }
  }

  /** How many days of care are refunded, counting both ends. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
