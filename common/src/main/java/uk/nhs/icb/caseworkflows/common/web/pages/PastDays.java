package uk.nhs.icb.caseworkflows.common.web.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/**
 * Days a form asks about that have already happened (when a case was received, when something
 * happened, a date of birth), judged against today in London as staff in England count days.
 */
public final class PastDays {

  private final Clock clock;

  public PastDays(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON));
  }

  /** A message beside each date typed that is after today. */
  public void notAfterToday(FormValues typed, DateInput.Result... dates) {
    LocalDate today = today();
    for (DateInput.Result date : dates) {
      if (date.value().filter(day -> day.isAfter(today)).isPresent()) {
        typed.errors().add(date.fieldId(), "The date must be today or in the past");
      }
    }
  }

  /** {@code message} beside a date typed that is today or later (a date of birth). */
  public void beforeToday(FormValues typed, DateInput.Result date, String message) {
    LocalDate today = today();
    if (date.value().filter(day -> !day.isBefore(today)).isPresent()) {
      typed.errors().add(date.fieldId(), message);
    }
  }

  /**
   * When something typed as a day happened: now if it is today or was left empty; noon in London on
   * an earlier day, so the instant falls on that day whatever the clocks do.
   */
  public Instant instantOf(DateInput.Result day) {
    LocalDate today = today();
    return day.value()
        .filter(earlier -> !earlier.equals(today))
        .map(PastDays::noonOf)
        .orElse(clock.instant());
  }

  /** Noon in London on {@code day}: an instant that falls on that day whatever the clocks do. */
  public static Instant noonOf(LocalDate day) {
    return day.atTime(LocalTime.NOON).atZone(WorkingDayCalendar.LONDON).toInstant();
  }
}
