package uk.nhs.icb.caseworkflows.complaints.domain;

import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.AWAITING_SIGN_OFF;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.INVESTIGATING;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.PLANNED;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A complaint's dates and whether they were kept. Receipt fixes the acknowledgement date (3 working
 * days) and the six-month date; the plan sets the response date (25 working days unless agreed
 * otherwise). Stopping the clock and restarting it moves the response date on by the working days
 * lost, and the handler may change it with a reason; every move is kept, so the file can say why a
 * response was late. If six months pass without a response, a letter must explain the delay.
 */
@Embeddable
public class ResponseTimetable {

  @Column(name = "acknowledgement_due", nullable = false)
  private LocalDate acknowledgementDue;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "six_month_date", nullable = false)
  private LocalDate sixMonthDate;

  @Column(name = "response_due")
  private LocalDate responseDue;

  @Column(name = "response_promised")
  private LocalDate responsePromised;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Transient private Supplier<ComplaintStatus> status;

  // Mapped on the complaint, as EclipseLink cannot map a collection inside an embeddable; the
  // timetable is their only writer.
  @Transient private List<ClockStop> clockStops;
  @Transient private List<ResponseDateChange> responseDateChanges;

  protected ResponseTimetable() {}

  ResponseTimetable(LocalDate receivedOn, ComplaintDeadlines deadlines) {
    this.acknowledgementDue = deadlines.acknowledgementDue(receivedOn);
    this.sixMonthDate = deadlines.sixMonthDate(receivedOn);
  }

  /** The timetable of a complaint with this status, these clock stops and date changes. */
  ResponseTimetable of(
      Supplier<ComplaintStatus> status,
      List<ClockStop> clockStops,
      List<ResponseDateChange> responseDateChanges) {
    this.status = status;
    this.clockStops = clockStops;
    this.responseDateChanges = responseDateChanges;
    return this;
  }

  void acknowledged(Instant at, String by) {
    acknowledgedAt = at;
    acknowledgedBy = Text.required(by, "who acknowledged the complaint");
  }

  /**
   * The date the acknowledgement tells the complainant to expect the response by (regulation 13):
   * it stands until the plan agrees another, which is then a change on the file.
   */
  public void promiseResponseBy(LocalDate promised) {
    if (responseDue == null) {
      responseDue = promised;
      responsePromised = promised;
    }
  }

  /**
   * The response date a plan agreed at {@code at} sets: the date agreed; else the date the
   * acknowledgement promised while it is still ahead; else the default from today.
   */
  LocalDate responseDueFor(LocalDate agreedDate, Instant at, ComplaintDeadlines deadlines) {
    LocalDate plannedOn = Text.londonDate(at);
    if (agreedDate != null && !agreedDate.isAfter(plannedOn)) {
      throw new ComplaintRuleException("The agreed response date must be after today.");
    }
    if (agreedDate != null) {
      return agreedDate;
    }
    return responseDue != null && responseDue.isAfter(plannedOn)
        ? responseDue
        : deadlines.defaultResponseDue(plannedOn);
  }

  /**
   * Sets the date the plan agreed; a date other than the one the acknowledgement promised is kept
   * as a change, with why, so it is never silently replaced.
   */
  void respondBy(LocalDate due, Instant at, String by) {
    if (responseDue != null && !responseDue.equals(due)) {
      moveResponseDate(
          due,
          responseDue.isAfter(Text.londonDate(at))
              ? "Agreed with the complainant in the complaint plan"
              : "The date given in the acknowledgement passed before the plan was agreed",
          at,
          by);
      return;
    }
    responseDue = due;
  }

  /** The date the acknowledgement letter promised; empty for a complaint not yet acknowledged. */
  public Optional<LocalDate> promisedInTheAcknowledgement() {
    return Optional.ofNullable(responsePromised);
  }

  /** Stops the response clock, for example while waiting for something only others can give. */
  public void stopClock(String reason, Instant at, String by) {
    status.get().require("stopping the clock", PLANNED, INVESTIGATING);
    Optional<ClockStop> ongoing = ongoingClockStop();
    if (ongoing.isPresent()) {
      throw new ComplaintRuleException(
          "The clock is already stopped, since " + Text.day(ongoing.get().stoppedOn()) + ".");
    }
    clockStops.add(ClockStop.stopped(reason, at, by));
  }

  /** Restarts the clock and moves the response date on by the working days it stood still. */
  public void restartClock(Instant at, String by, ComplaintDeadlines deadlines) {
    ClockStop stop =
        ongoingClockStop()
            .orElseThrow(() -> new ComplaintRuleException("The clock is not stopped."));
    if (at.isBefore(stop.stoppedAt())) {
      throw new ComplaintRuleException("The clock cannot restart before it stopped.");
    }
    int lost = deadlines.workingDaysStopped(stop.stoppedOn(), Text.londonDate(at));
    clockStops.set(clockStops.size() - 1, stop.restarted(at, by, lost));
    if (lost > 0) {
      moveResponseDate(
          deadlines.moveOn(responseDue, lost),
          "Clock stopped for " + lost + " working day(s): " + stop.reason(),
          at,
          by);
    }
  }

  /** Moves the response date, for example as agreed with the complainant; the reason is kept. */
  public void changeResponseDate(LocalDate newDate, String reason, Instant at, String by) {
    status.get().require("changing the response date", PLANNED, INVESTIGATING, AWAITING_SIGN_OFF);
    if (newDate.equals(responseDue)) {
      throw new ComplaintRuleException("The response date is already " + Text.day(newDate) + ".");
    }
    if (newDate.isBefore(Text.londonDate(at))) {
      throw new ComplaintRuleException("The new response date cannot be in the past.");
    }
    moveResponseDate(newDate, reason, at, by);
  }

  /**
   * A longer period agreed with the complainant, which must be agreed before the six months end.
   */
  public void agreeLaterSixMonthDate(LocalDate agreedDate, Instant at) {
    status.get().requireNotYetResponded("agreeing a later six-month date");
    if (Text.londonDate(at).isAfter(sixMonthDate)) {
      throw new ComplaintRuleException(
          "The six months ended on "
              + Text.day(sixMonthDate)
              + "; a longer period can only be agreed before then.");
    }
    if (!agreedDate.isAfter(sixMonthDate)) {
      throw new ComplaintRuleException(
          "The agreed date must be later than " + Text.day(sixMonthDate) + ".");
    }
    sixMonthDate = agreedDate;
  }

  void responded(Instant at) {
    respondedAt = at;
  }

  /** True from the day after the six-month date until a response is sent. */
  boolean isPastSixMonthsWithoutResponseOn(LocalDate today) {
    return respondedAt == null && today.isAfter(sixMonthDate);
  }

  public boolean isClockStopped() {
    return ongoingClockStop().isPresent();
  }

  public boolean wasAcknowledgedLate() {
    return acknowledgedAt != null && Text.londonDate(acknowledgedAt).isAfter(acknowledgementDue);
  }

  private Optional<ClockStop> ongoingClockStop() {
    return clockStops.stream().filter(ClockStop::isOngoing).findFirst();
  }

  private void moveResponseDate(LocalDate newDate, String reason, Instant at, String by) {
    responseDateChanges.add(new ResponseDateChange(responseDue, newDate, reason, at, by));
    responseDue = newDate;
  }

  public LocalDate acknowledgementDue() {
    return acknowledgementDue;
  }

  public Optional<Instant> acknowledgedAt() {
    return Optional.ofNullable(acknowledgedAt);
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  /** Six months after receipt, or the later date agreed with the complainant. */
  public LocalDate sixMonthDate() {
    return sixMonthDate;
  }

  /** Promised in the acknowledgement, then agreed in the plan and moved only with a reason. */
  public Optional<LocalDate> responseDue() {
    return Optional.ofNullable(responseDue);
  }

  public Optional<Instant> respondedAt() {
    return Optional.ofNullable(respondedAt);
  }

  public List<ResponseDateChange> responseDateChanges() {
    return List.copyOf(responseDateChanges);
  }

  public List<ClockStop> clockStops() {
    return List.copyOf(clockStops);
  }
}
