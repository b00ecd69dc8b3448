package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The National Framework's 28 days from the ICB receiving a positive Checklist (or a referral for
 * full assessment) to its eligibility decision. They are calendar days, not working days: weekends
 * and bank holidays count, so this clock deliberately does not use the working-day calendar.
 *
 * <p>The day of receipt is day 0 and the next day is day 1, as "within 28 days of" an event is
 * usually counted (the day of the event itself is not one of the days). Day 28 is the last day in
 * time: a Checklist received on Friday 20 November 2026 is due a decision by Friday 18 December.
 * Day 29 is the first late day, and it is the day a refund runs from.
 */
public record AssessmentClock(LocalDate startedOn, ClockStart start) {

  /** The Framework's expectation; a target for the ICB, not a statutory limit. */
  public static final int DAYS_TO_DECISION = 28;

  public AssessmentClock {
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(start, "start");
  }

  /** The last day for a decision in time: day 28. */
  public LocalDate decisionDueBy() {
    return startedOn.plusDays(DAYS_TO_DECISION);
  }

  /** Day 29, the first day a decision is late. */
  public LocalDate firstLateDay() {
    return decisionDueBy().plusDays(1);
  }

  /** The clock's day number on a date: 0 on the day of receipt, 28 on the due date. */
  public long dayOn(LocalDate date) {
    return ChronoUnit.DAYS.between(startedOn, date);
  }

  /** Whether a case still undecided on {@code today} has passed the 28 days. */
  public boolean isBreachedOn(LocalDate today) {
    return today.isAfter(decisionDueBy());
  }

  /**
   * The refund a decision on {@code decidedOn} calls for: none when it was in time, when the person
   * was not eligible, or when the delay was beyond the ICB's control; otherwise day 29 to the
   * decision date.
   */
  public Optional<RefundPeriod> refundPeriod(
      LocalDate decidedOn, boolean eligible, DelayCause cause) {
    if (decidedOn.isBefore(startedOn)) {
      throw new ChcRuleException(
          "The decision date, "
              + Text.day(decidedOn)
              + ", is before the ICB received the referral on "
              + Text.day(startedOn)
              + ". Check both dates.");
    }
    if (!eligible || !isBreachedOn(decidedOn)) {
      return Optional.empty();
    }
    if (cause == null) {
      throw new ChcRuleException(
          "The decision came after the 28 days. Record whether the ICB caused the delay or it was"
              + " beyond the ICB's control, so the case shows whether care costs are refunded.");
    }
    return cause == DelayCause.CAUSED_BY_ICB
        ? Optional.of(new RefundPeriod(firstLateDay(), decidedOn))
        : Optional.empty();
  }
}
