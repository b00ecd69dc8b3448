package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/**
 * The dates the complaints regulations set, counted on the England and Wales working-day calendar
 * with the ICB's timescales. Passed to the complaint's methods that set or move a date; it is not
 * part of the complaint's state.
 */
public final class ComplaintDeadlines {

  private final WorkingDayCalendar calendar;
  private final ComplaintTimescales timescales;

  public ComplaintDeadlines(WorkingDayCalendar calendar, ComplaintTimescales timescales) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.timescales = Objects.requireNonNull(timescales, "timescales");
  }

  public TimeLimit timeLimit() {
    return new TimeLimit(timescales.timeLimit());
  }

  public LocalDate acknowledgementDue(LocalDate receivedOn) {
    return calendar.addWorkingDays(receivedOn, timescales.acknowledgementWorkingDays());
  }

  /** The response date when the complainant has not agreed another. */
  public LocalDate defaultResponseDue(LocalDate plannedOn) {
    return calendar.addWorkingDays(plannedOn, timescales.responseWorkingDays());
  }

  /**
   * The last day of the period that regulation 14(2) counts "beginning with the day on which the
   * complaint was received": a period that includes its first day ends on the day before the
   * corresponding day in the month it ends in (received 15 January, six months end on 14 July).
   * Where that month has no corresponding day (received 31 August: there is no 31 February) the
   * period runs to the end of the month, so it ends on the last day of February, never earlier.
   */
  public LocalDate sixMonthDate(LocalDate receivedOn) {
    LocalDate sameDayLater = receivedOn.plus(timescales.sixMonths());
    if (sameDayLater.getDayOfMonth() != receivedOn.getDayOfMonth()) {
      // plus() fell back to the month's last day: the corresponding day does not exist.
      return sameDayLater;
    }
    return sameDayLater.minusDays(1);
  }

  /** Resolved by the end of the next working day, an oral complaint stays outside the process. */
  public LocalDate lastDayToResolveOrally(LocalDate receivedOn) {
    return calendar.addWorkingDays(receivedOn, 1);
  }

  /**
   * The working days a stopped clock cost: the day it stopped counts as lost, the day it restarted
   * as worked, so stopping on Monday and restarting on Wednesday gives back two days.
   */
  public int workingDaysStopped(LocalDate stoppedOn, LocalDate restartedOn) {
    return Math.max(0, calendar.workingDaysBetween(stoppedOn, restartedOn));
  }

  public LocalDate moveOn(LocalDate date, int workingDays) {
    return calendar.addWorkingDays(date, workingDays);
  }
}
