package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

class ComplaintDeadlinesTest {

  @Test
  void acknowledgementIsDueThreeWorkingDaysAfterReceipt() {
    // Monday 2 March 2026 -> Thursday 5 March.
    assertThat(DEADLINES.acknowledgementDue(LocalDate.of(2026, 3, 2)))
        .isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void christmasAndTheBoxingDaySubstituteDoNotCountForAcknowledgement() {
    // Received Thursday 24 December 2026: 25th, the weekend and Monday 28th are not working days.
    assertThat(DEADLINES.acknowledgementDue(LocalDate.of(2026, 12, 24)))
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aComplaintReceivedAtTheWeekendGetsThreeWholeWorkingDays() {
    assertThat(DEADLINES.acknowledgementDue(LocalDate.of(2026, 3, 7)))
        .isEqualTo(LocalDate.of(2026, 3, 11));
  }

  @Test
  void theDefaultResponseDateIsTwentyFiveWorkingDaysAfterThePlanSkippingEaster() {
    // Planned Wednesday 18 March 2026; Good Friday 3 April and Easter Monday 6 April are skipped.
    assertThat(DEADLINES.defaultResponseDue(LocalDate.of(2026, 3, 18)))
        .isEqualTo(LocalDate.of(2026, 4, 24));
  }

  @Test
  void theSixMonthDateIsSixCalendarMonthsAfterReceipt() {
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2026, 3, 31)))
        .isEqualTo(LocalDate.of(2026, 9, 30));
  }

  /**
   * Issue 14 point 8: regulation 14(2) counts six months "beginning with the day on which the
   * complaint was received", so the day of receipt is the first of the period and the period ends
   * the day before the same date six months on; with no such date, at the end of that month.
   */
  @Test
  void theSixMonthDateIsTheLastDayOfSixMonthsBeginningWithTheDayOfReceiptOnMonthEnds() {
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2026, 1, 15)))
        .isEqualTo(LocalDate.of(2026, 7, 14));
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2026, 8, 31)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2027, 8, 31)))
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2026, 8, 29)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2026, 8, 28)))
        .isEqualTo(LocalDate.of(2027, 2, 27));
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2026, 9, 1)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(DEADLINES.sixMonthDate(LocalDate.of(2026, 12, 31)))
        .isEqualTo(LocalDate.of(2027, 6, 30));
  }

  @Test
  void anOralComplaintOnAFridayCanBeResolvedUntilMonday() {
    assertThat(DEADLINES.lastDayToResolveOrally(LocalDate.of(2026, 3, 6)))
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void aClockStoppedOnMondayAndRestartedOnWednesdayGivesBackTwoWorkingDays() {
    assertThat(DEADLINES.workingDaysStopped(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11)))
        .isEqualTo(2);
  }

  @Test
  void aClockStoppedAndRestartedOnTheSameDayGivesNothingBack() {
    assertThat(DEADLINES.workingDaysStopped(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9)))
        .isZero();
  }

  @Test
  void theTimescalesAreSettings() {
    ComplaintDeadlines local =
        new ComplaintDeadlines(
            new WorkingDayCalendar(BankHolidays.englandAndWales(), Clock.systemUTC()),
            new ComplaintTimescales(Period.ofMonths(12), 2, 20, Period.ofMonths(6)));

    assertThat(local.acknowledgementDue(LocalDate.of(2026, 3, 2)))
        .isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(local.defaultResponseDue(LocalDate.of(2026, 3, 2)))
        .isEqualTo(LocalDate.of(2026, 3, 30));
  }
}
