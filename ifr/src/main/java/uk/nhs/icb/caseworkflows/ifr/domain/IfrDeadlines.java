package uk.nhs.icb.caseworkflows.ifr.domain;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/**
 * The dates of an IFR, counted as the rule behind each counts them: working days (England and Wales
 * bank holidays) for screening, urgent and panel decisions, calendar days for reviews.
 */
public final class IfrDeadlines {

  private final WorkingDayCalendar calendar;
  private final IfrTimescales timescales;

  public IfrDeadlines(WorkingDayCalendar calendar, IfrTimescales timescales) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.timescales = Objects.requireNonNull(timescales, "timescales");
  }

  public int screeningWorkingDays() {
    return timescales.screeningWorkingDays();
  }

  public LocalDate screeningDue(LocalDate receivedOn) {
    return calendar.addWorkingDays(receivedOn, timescales.screeningWorkingDays());
  }

  public LocalDate chairsActionDue(LocalDate receivedOn) {
    return calendar.addWorkingDays(receivedOn, timescales.urgentWorkingDays());
  }

  public LocalDate decisionDue(LocalDate completeOn) {
    return calendar.addWorkingDays(completeOn, timescales.decisionWorkingDays());
  }

  public LocalDate informationReminder(LocalDate askedOn) {
    return calendar.addWorkingDays(askedOn, timescales.informationReminderWorkingDays());
  }

  /** The last day a review may be asked for, counted from the decision letter. */
  public LocalDate reviewRequestBy(LocalDate decisionLetterOn) {
    return decisionLetterOn.plusDays(timescales.reviewRequestDays());
  }

  public LocalDate reviewOutcomeDue(LocalDate requestedOn) {
    return requestedOn.plusDays(timescales.reviewOutcomeDays());
  }

  /**
   * The screening date once the clock restarts: moved on by the working days it stood still (the
   * day it paused counts as lost, the day of the reply as worked).
   */
  public LocalDate resumed(LocalDate due, LocalDate pausedOn, LocalDate restartedOn) {
    int stood = Math.max(0, calendar.workingDaysBetween(pausedOn, restartedOn));
    return calendar.addWorkingDays(due, stood);
  }
}
