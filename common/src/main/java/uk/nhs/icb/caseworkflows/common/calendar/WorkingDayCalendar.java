package uk.nhs.icb.caseworkflows.common.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Working-day arithmetic for deadlines set in working days, such as "respond within 20 working days
 * of receipt".
 *
 * <p>Every date involved, including each day stepped over, must lie within the bank holiday data's
 * covered years; otherwise an {@link IllegalArgumentException} names the range, because a deadline
 * computed without knowing the holidays would look right and be wrong.
 *
 * <p>Final and without a no-argument constructor on purpose: see {@link WorkingDayCalendarProducer}
 * for why it is never proxied.
 */
public final class WorkingDayCalendar {

  /** Deadlines are English, so "today" is London's date whatever zone the server runs in. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final BankHolidays bankHolidays;
  private final Clock clock;

  public WorkingDayCalendar(BankHolidays bankHolidays, Clock clock) {
    this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public boolean isWorkingDay(LocalDate date) {
    // Ask about the holiday first so that an uncovered weekend date still fails.
    boolean bankHoliday = bankHolidays.isBankHoliday(date);
    DayOfWeek day = date.getDayOfWeek();
    return !bankHoliday && day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * The {@code days}-th working day after {@code start} (before it, if negative). The start day
   * itself never counts, so a case received on any day, working or not, gets the same number of
   * whole working days.
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    bankHolidays.requireCovered(start);
    int step = Integer.signum(days);
    LocalDate date = start;
    for (long remaining = Math.abs((long) days); remaining > 0; ) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /**
   * Working days elapsed since {@code fromExclusive}: those after it up to and including {@code
   * toInclusive}. When {@code toInclusive} is earlier the count is negative and covers {@code
   * toInclusive} up to but excluding {@code fromExclusive}, so that this is always the inverse of
   * {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. The price is
   * that swapping the arguments only negates the result when both are working days.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    bankHolidays.requireCovered(fromExclusive);
    bankHolidays.requireCovered(toInclusive);
    if (toInclusive.isBefore(fromExclusive)) {
      return -countWorkingDays(toInclusive, fromExclusive);
    }
    return countWorkingDays(fromExclusive.plusDays(1), toInclusive.plusDays(1));
  }

  /** London's date now; the clock's own zone is ignored so a UTC clock cannot shift the day. */
  public LocalDate today() {
    return dateOf(clock.instant());
  }

  /** The London calendar date of an instant, e.g. the day a case was received. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, LONDON);
  }

  private int countWorkingDays(LocalDate startInclusive, LocalDate endExclusive) {
    return (int) startInclusive.datesUntil(endExclusive).filter(this::isWorkingDay).count();
  }
}
