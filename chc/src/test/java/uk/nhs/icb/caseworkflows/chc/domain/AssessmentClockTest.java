package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 28 calendar days to an eligibility decision, and the refund when the ICB runs over. */
class AssessmentClockTest {

  private static AssessmentClock receivedOn(int year, int month, int day) {
    return new AssessmentClock(LocalDate.of(year, month, day), ClockStart.POSITIVE_CHECKLIST);
  }

  @Test
  void aChecklistReceivedOnFriday20NovemberIsDueADecisionByFriday18December() {
    assertThat(receivedOn(2026, 11, 20).decisionDueBy()).isEqualTo(LocalDate.of(2026, 12, 18));
  }

  @ParameterizedTest(name = "received {0}, due by {1}")
  @CsvSource({
    "2028-02-01, 2028-02-29", // leap year: day 28 is the 29th of February
    "2027-02-01, 2027-03-01", // common year: the 28 days run into March
    "2027-01-31, 2027-02-28",
    "2028-01-31, 2028-02-28",
    "2026-12-31, 2027-01-28", // over the new year and its bank holiday, which count
    "2028-02-29, 2028-03-28",
    "2027-03-20, 2027-04-17", // across the clocks going forward: days, not hours
    "2026-12-20, 2027-01-17" // Christmas and weekends count: calendar days, not working days
  })
  void theDecisionIsDue28CalendarDaysAfterTheDayOfReceipt(LocalDate received, LocalDate due) {
    AssessmentClock clock = new AssessmentClock(received, ClockStart.REFERRAL_FOR_FULL_ASSESSMENT);

    assertThat(clock.decisionDueBy()).isEqualTo(due);
    assertThat(clock.dayOn(due)).isEqualTo(28);
    assertThat(clock.firstLateDay()).isEqualTo(due.plusDays(1));
  }

  @Test
  void theDayOfReceiptIsDayNought() {
    AssessmentClock clock = receivedOn(2027, 2, 1);

    assertThat(clock.dayOn(LocalDate.of(2027, 2, 1))).isZero();
    assertThat(clock.dayOn(LocalDate.of(2027, 2, 2))).isEqualTo(1);
    assertThat(clock.dayOn(LocalDate.of(2027, 3, 2))).isEqualTo(29);
  }

  @Test
  void anUndecidedCaseIsInTimeOnDay28AndBreachedOnDay29() {
    AssessmentClock clock = receivedOn(2028, 2, 1);

    assertThat(clock.isBreachedOn(LocalDate.of(2028, 2, 29))).isFalse();
    assertThat(clock.isBreachedOn(LocalDate.of(2028, 3, 1))).isTrue();
  }

  @Test
  void anEligibleDecisionOnDay28OwesNoRefund() {
    assertThat(
            receivedOn(2027, 2, 1)
                .refundPeriod(LocalDate.of(2027, 3, 1), true, DelayCause.CAUSED_BY_ICB))
        .isEmpty();
  }

  @Test
  void anEligibleDecisionOnDay29AfterADelayTheIcbCausedRefundsThatOneDay() {
    RefundPeriod refund =
        receivedOn(2027, 2, 1)
            .refundPeriod(LocalDate.of(2027, 3, 2), true, DelayCause.CAUSED_BY_ICB)
            .orElseThrow();

    assertThat(refund)
        .isEqualTo(new RefundPeriod(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 2)));
    assertThat(refund.days()).isEqualTo(1);
  }

  @Test
  void theRefundRunsFromDay29ToTheDecisionDateBothIncluded() {
    RefundPeriod refund =
        receivedOn(2028, 2, 1)
            .refundPeriod(LocalDate.of(2028, 3, 15), true, DelayCause.CAUSED_BY_ICB)
            .orElseThrow();

    assertThat(refund.from()).isEqualTo(LocalDate.of(2028, 3, 1));
    assertThat(refund.to()).isEqualTo(LocalDate.of(2028, 3, 15));
    assertThat(refund.days()).isEqualTo(15);
  }

  @Test
  void aLateFindingOfNotEligibleOwesNoRefund() {
    assertThat(
            receivedOn(2027, 2, 1)
                .refundPeriod(LocalDate.of(2027, 4, 1), false, DelayCause.CAUSED_BY_ICB))
        .isEmpty();
  }

  @Test
  void aDelayBeyondTheIcbsControlOwesNoRefund() {
    assertThat(
            receivedOn(2027, 2, 1)
                .refundPeriod(LocalDate.of(2027, 4, 1), true, DelayCause.BEYOND_ICB_CONTROL))
        .isEmpty();
  }

  @Test
  void aLateEligibleDecisionMustSayWhoCausedTheDelay() {
    assertThatThrownBy(
            () -> receivedOn(2027, 2, 1).refundPeriod(LocalDate.of(2027, 4, 1), true, null))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("Record whether the ICB caused the delay");
  }

  @Test
  void aDecisionDatedBeforeTheReferralWasReceivedIsRefused() {
    assertThatThrownBy(
            () ->
                receivedOn(2027, 2, 1)
                    .refundPeriod(LocalDate.of(2027, 1, 30), true, DelayCause.CAUSED_BY_ICB))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "The decision date, Saturday 30 January 2027, is before the ICB received the"
                + " referral on Monday 1 February 2027. Check both dates.");
  }
}
