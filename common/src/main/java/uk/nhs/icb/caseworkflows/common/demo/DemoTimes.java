package uk.nhs.icb.caseworkflows.common.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/**
 * When things happened in a sample case's story, counted back from today in England, so that each
 * sample sits at its own point of its deadlines whenever the samples are made.
 */
public final class DemoTimes {

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public DemoTimes(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Today in England. */
  public LocalDate today() {
    return calendar.today();
  }

  /** The day {@code days} calendar days before today. */
  public LocalDate daysAgo(int days) {
    return today().minusDays(days);
  }

  /**
   * Mid-morning on the working day {@code days} before today (0 is today), so deadlines differ per
   * story; never later than now.
   */
  public Instant workingDaysAgo(int days) {
    LocalDate day = days == 0 ? today() : calendar.addWorkingDays(today(), -days);
    Instant morning = day.atTime(10, 0).atZone(WorkingDayCalendar.LONDON).toInstant();
    return morning.isAfter(clock.instant()) ? clock.instant() : morning;
  }

  /** The instant {@code hours} hours before now. */
  public Instant hoursAgo(long hours) {
    return clock.instant().minus(Duration.ofHours(hours));
  }
}
