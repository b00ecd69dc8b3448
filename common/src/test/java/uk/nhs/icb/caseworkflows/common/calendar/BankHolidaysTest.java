package uk.nhs.icb.caseworkflows.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

  private final BankHolidays holidays = BankHolidays.englandAndWales();

  @Test
  void bundledDataCovers2024To2030() {
    assertEquals(LocalDate.of(2024, 1, 1), holidays.firstCovered());
    assertEquals(LocalDate.of(2030, 12, 31), holidays.lastCovered());
  }

  @Test
  void everyCoveredYearHasExactlyEightBankHolidays() {
    for (int year = 2024; year <= 2030; year++) {
      long count =
          LocalDate.of(year, 1, 1)
              .datesUntil(LocalDate.of(year + 1, 1, 1))
              .filter(holidays::isBankHoliday)
              .count();
      assertEquals(8, count, "bank holidays in " + year);
    }
  }

  @Test
  void datesPublishedByGovUkArePresent() {
    List<LocalDate> published =
        List.of(
            // 2024, all of them
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 3, 29),
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 5, 6),
            LocalDate.of(2024, 5, 27),
            LocalDate.of(2024, 8, 26),
            LocalDate.of(2024, 12, 25),
            LocalDate.of(2024, 12, 26),
            // Easter
            LocalDate.of(2025, 4, 18),
            LocalDate.of(2025, 4, 21),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 29),
            LocalDate.of(2028, 4, 14),
            LocalDate.of(2028, 4, 17),
            // Substitute days
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28),
            LocalDate.of(2028, 1, 3));
    for (LocalDate date : published) {
      assertTrue(holidays.isBankHoliday(date), date + " should be a bank holiday");
    }
  }

  @Test
  void derivedEasterDatesFor2029And2030() {
    // Easter Sunday is 1 April 2029 and 21 April 2030.
    assertTrue(holidays.isBankHoliday(LocalDate.of(2029, 3, 30)));
    assertTrue(holidays.isBankHoliday(LocalDate.of(2029, 4, 2)));
    assertTrue(holidays.isBankHoliday(LocalDate.of(2030, 4, 19)));
    assertTrue(holidays.isBankHoliday(LocalDate.of(2030, 4, 22)));
  }

  @Test
  void aHolidayFallingAtTheWeekendIsReplacedNotKept() {
    assertFalse(holidays.isBankHoliday(LocalDate.of(2027, 12, 25)), "Christmas 2027 is a Saturday");
    assertFalse(
        holidays.isBankHoliday(LocalDate.of(2028, 1, 1)), "New Year's Day 2028 is a Saturday");
    assertFalse(holidays.isBankHoliday(LocalDate.of(2026, 12, 29)));
  }

  @Test
  void datesOutsideTheCoveredYearsAreRejectedWithTheRange() {
    for (LocalDate date : List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2031, 1, 1))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> holidays.isBankHoliday(date));
      assertTrue(e.getMessage().contains("2024-01-01 to 2030-12-31"), e.getMessage());
    }
  }

  @Test
  void bundledInstanceIsShared() {
    assertSame(holidays, BankHolidays.englandAndWales());
  }

  @Test
  void parsesCommentsBlankLinesAndTitles() {
    BankHolidays parsed = parse("# some header\n# covers 2040-2040\n\n2040-12-25\tChristmas Day\n");
    assertTrue(parsed.isBankHoliday(LocalDate.of(2040, 12, 25)));
    assertFalse(parsed.isBankHoliday(LocalDate.of(2040, 12, 24)));
    assertEquals(LocalDate.of(2040, 1, 1), parsed.firstCovered());
    assertEquals(Year.of(2040).atDay(366), parsed.lastCovered());
  }

  @Test
  void rejectsDataWithoutACoveredRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse("2040-12-25\tChristmas Day\n"));
    assertTrue(e.getMessage().contains("# covers"), e.getMessage());
  }

  @Test
  void rejectsMalformedLinesNamingTheLine() {
    IllegalArgumentException noTab =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse("# covers 2040-2040\n2040-12-25 Christmas Day\n"));
    assertTrue(noTab.getMessage().contains("line 2"), noTab.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> parse("# covers 2040-2040\n2040-13-25\tNot a date\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> parse("# covers 2040-2040\n2040-12-25\tChristmas Day\n2040-12-25\tAgain\n"));
  }

  @Test
  void rejectsHolidaysOutsideTheDeclaredYears() {
    assertThrows(
        IllegalArgumentException.class,
        () -> parse("# covers 2040-2040\n2040-12-25\tChristmas Day\n2041-01-01\tNew Year's Day\n"));
  }

  @Test
  void rejectsACoveredYearWithNoHolidays() {
    // The mistake this catches: widening the covers line but forgetting that year's dates.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse("# covers 2040-2041\n2040-12-25\tChristmas Day\n"));
    assertTrue(e.getMessage().contains("2041"), e.getMessage());
  }

  private static BankHolidays parse(String text) {
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return BankHolidays.from(in);
  }
}
