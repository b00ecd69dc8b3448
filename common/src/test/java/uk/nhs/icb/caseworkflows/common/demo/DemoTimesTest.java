package uk.nhs.icb.caseworkflows.common.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/** A sample story's times, told on Tuesday 7 April 2026 at 09:00 in England (08:00 UTC). */
class DemoTimesTest {

  private static final Clock TUESDAY_MORNING =
      Clock.fixed(Instant.parse("2026-04-07T08:00:00Z"), ZoneOffset.UTC);

  private final DemoTimes times =
      new DemoTimes(
          new WorkingDayCalendar(BankHolidays.englandAndWales(), TUESDAY_MORNING), TUESDAY_MORNING);

  @Test
  void daysAreCountedBackFromTodayInEngland() {
    assertThat(times.today()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(times.daysAgo(10)).isEqualTo(LocalDate.of(2026, 3, 28));
  }

  @Test
  void workingDaysSkipTheWeekendAndBankHolidays() {
    // Easter Monday 6 April and Good Friday 3 April 2026 are bank holidays.
    assertThat(times.workingDaysAgo(1)).isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
  }

  @Test
  void todaysMidMorningHasNotHappenedYetSoItIsNow() {
    assertThat(times.workingDaysAgo(0)).isEqualTo(TUESDAY_MORNING.instant());
  }

  @Test
  void hoursAreCountedBackFromNow() {
    assertThat(times.hoursAgo(70)).isEqualTo(Instant.parse("2026-04-04T10:00:00Z"));
  }
}
