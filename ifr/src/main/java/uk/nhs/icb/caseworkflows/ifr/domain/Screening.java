package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The coordinator's screening and its clock: due a number of working days after receipt, paused
 * while the clinician is asked for more, and restarted on their reply with the days it stood still
 * given back.
 */
@Embeddable
public class Screening {

  @Column(name = "screening_due")
  private LocalDate due;

  @Column(name = "screening_paused_on")
  private LocalDate pausedOn;

  @Column(name = "information_requests")
  private int informationRequests;

  @Enumerated(EnumType.STRING)
  @Column(name = "screening_outcome", length = 30)
  private ScreeningOutcome outcome;

  @Column(name = "screening_note", length = TreatmentRequested.TEXT_LENGTH)
  private String note;

  @Column(name = "screened_on")
  private LocalDate screenedOn;

  protected Screening() {}

  static Screening dueOn(LocalDate due) {
    Screening screening = new Screening();
    screening.due = due;
    return screening;
  }

  void pause(LocalDate on, String whatIsNeeded) {
    if (pausedOn != null) {
      throw new IfrRuleException("The screening clock is already paused for a reply.");
    }
    pausedOn = on;
    informationRequests++;
    outcome = ScreeningOutcome.MORE_INFORMATION;
    note = TreatmentRequested.text(whatIsNeeded, "note");
  }

  /** Restarts the clock on the clinician's reply; returns the new screening date. */
  LocalDate restart(LocalDate on, IfrDeadlines deadlines) {
    if (pausedOn == null) {
      throw new IfrRuleException("The screening clock is not waiting for a reply.");
    }
    due = deadlines.resumed(due, pausedOn, on);
    pausedOn = null;
    return due;
  }

  void record(ScreeningOutcome found, String why, LocalDate on) {
    outcome = found;
    note = TreatmentRequested.text(why, "note");
    screenedOn = on;
  }

  public LocalDate due() {
    return due;
  }

  public boolean isPaused() {
    return pausedOn != null;
  }

  public Optional<LocalDate> pausedOn() {
    return Optional.ofNullable(pausedOn);
  }

  public int informationRequests() {
    return informationRequests;
  }

  public Optional<ScreeningOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public String note() {
    return note;
  }

  public Optional<LocalDate> screenedOn() {
    return Optional.ofNullable(screenedOn);
  }
}
