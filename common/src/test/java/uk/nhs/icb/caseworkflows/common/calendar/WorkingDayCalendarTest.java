package uk.nhs.icb.caseworkflows.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private static final Clock ANY_CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  private final WorkingDayCalendar calendar =
      new WorkingDayCalendar(BankHolidays.englandAndWales(), ANY_CLOCK);

  @Test
  void weekendsAndBankHolidaysAreNotWorkingDays() {
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 24)), "Thursday");
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 25)), "Christmas Day");
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 26)), "Saturday");
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 27)), "Sunday");
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)), "Boxing Day substitute");
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 29)), "Tuesday");
  }

  @Test
  void christmas2026SkipsTheHolidayTheWeekendAndTheSubstituteDay() {
    LocalDate receivedThursday = LocalDate.of(2026, 12, 24);
    // Fri 25 holiday, Sat 26 and Sun 27 weekend, Mon 28 substitute: Tue 29 is day 1.
    assertEquals(LocalDate.of(2026, 12, 29), calendar.addWorkingDays(receivedThursday, 1));
    assertEquals(LocalDate.of(2026, 12, 30), calendar.addWorkingDays(receivedThursday, 2));
    assertEquals(LocalDate.of(2026, 12, 31), calendar.addWorkingDays(receivedThursday, 3));
    // Fri 1 Jan 2027 is New Year's Day, so day 4 is the next Monday.
    assertEquals(LocalDate.of(2027, 1, 4), calendar.addWorkingDays(receivedThursday, 4));
    assertEquals(2, calendar.workingDaysBetween(receivedThursday, LocalDate.of(2026, 12, 30)));
  }

  @Test
  void twentyFiveWorkingDaysAcrossEaster2026() {
    // Without Good Friday (3 Apr) and Easter Monday (6 Apr) this would be Mon 27 Apr.
    assertEquals(LocalDate.of(2026, 4, 29), calendar.addWorkingDays(LocalDate.of(2026, 3, 23), 25));
    assertEquals(
        25, calendar.workingDaysBetween(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 29)));
  }

  @Test
  void countingBackwards() {
    // The working day before Tuesday 7 April 2026 is Thursday 2 April, across Easter.
    assertEquals(LocalDate.of(2026, 4, 2), calendar.addWorkingDays(LocalDate.of(2026, 4, 7), -1));
    assertEquals(
        -1, calendar.workingDaysBetween(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 2)));
  }

  @Test
  void zeroDaysIsTheStartEvenOnAHoliday() {
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    assertEquals(christmas, calendar.addWorkingDays(christmas, 0));
    assertEquals(0, calendar.workingDaysBetween(christmas, christmas));
  }

  @Test
  void startingOnANonWorkingDayCountsFromTheNextWorkingDay() {
    // Received Saturday 4 April 2026 (Easter weekend): Monday is a holiday, so day 1 is Tuesday.
    assertEquals(LocalDate.of(2026, 4, 7), calendar.addWorkingDays(LocalDate.of(2026, 4, 4), 1));
  }

  @Test
  void workingDaysBetweenUndoesAddWorkingDaysEverywhere() {
    // Start dates leave room for 40 working days either way without leaving 2024-2030.
    LocalDate end = LocalDate.of(2030, 10, 1);
    for (LocalDate d = LocalDate.of(2024, 3, 1); d.isBefore(end); d = d.plusDays(1)) {
      for (int n = -40; n <= 40; n++) {
        LocalDate result = calendar.addWorkingDays(d, n);
        assertEquals(n, calendar.workingDaysBetween(d, result), "from " + d + " by " + n);
        if (n != 0) {
          assertTrue(calendar.isWorkingDay(result), d + " + " + n + " gave " + result);
          assertEquals(n > 0, result.isAfter(d));
        }
      }
    }
  }

  @Test
  void datesOutsideTheDataAreRejectedNotTreatedAsHolidayFree() {
    assertOutOfRange(() -> calendar.isWorkingDay(LocalDate.of(2031, 1, 6)));
    assertOutOfRange(() -> calendar.isWorkingDay(LocalDate.of(2023, 12, 30)), "a Saturday");
    assertOutOfRange(() -> calendar.addWorkingDays(LocalDate.of(2023, 6, 1), 0));
    assertOutOfRange(
        () -> calendar.addWorkingDays(LocalDate.of(2030, 12, 20), 10), "runs into 2031");
    assertOutOfRange(() -> calendar.addWorkingDays(LocalDate.of(2024, 1, 3), -5), "runs into 2023");
    assertOutOfRange(
        () -> calendar.workingDaysBetween(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 1, 10)));
    assertOutOfRange(
        () -> calendar.workingDaysBetween(LocalDate.of(2024, 1, 10), LocalDate.of(2023, 12, 1)));
  }

  @Test
  void todayIsTheLondonDateAfterTheClocksGoForward() {
    // BST began at 01:00 UTC on 29 March 2026, so 23:30 UTC is 00:30 on the 30th in London.
    Instant lateOnSunday = Instant.parse("2026-03-29T23:30:00Z");
    for (ZoneId clockZone :
        new ZoneId[] {ZoneOffset.UTC, ZoneId.of("America/New_York"), WorkingDayCalendar.LONDON}) {
      WorkingDayCalendar c =
          new WorkingDayCalendar(
              BankHolidays.englandAndWales(), Clock.fixed(lateOnSunday, clockZone));
      assertEquals(LocalDate.of(2026, 3, 30), c.today(), "clock in " + clockZone);
    }
  }

  @Test
  void todayInWinterIsTheUtcDate() {
    WorkingDayCalendar c =
        new WorkingDayCalendar(
            BankHolidays.englandAndWales(),
            Clock.fixed(Instant.parse("2026-01-15T23:30:00Z"), ZoneOffset.UTC));
    assertEquals(LocalDate.of(2026, 1, 15), c.today());
  }

  @Test
  void dateOfUsesLondonTime() {
    assertEquals(LocalDate.of(2026, 7, 1), calendar.dateOf(Instant.parse("2026-06-30T23:15:00Z")));
    assertEquals(
        LocalDate.of(2026, 12, 31), calendar.dateOf(Instant.parse("2026-12-31T23:15:00Z")));
  }

  private static void assertOutOfRange(Runnable call) {
    assertOutOfRange(call, "");
  }

  private static void assertOutOfRange(Runnable call, String why) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run, why);
    assertTrue(e.getMessage().contains("2024-01-01 to 2030-12-31"), e.getMessage());
  }
}
