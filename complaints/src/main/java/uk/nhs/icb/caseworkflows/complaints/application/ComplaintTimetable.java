package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterContents;
import uk.nhs.icb.caseworkflows.complaints.letters.LetterCircumstances;

/**
 * The response date during an investigation: stop the clock (waiting for the complainant, say) and
 * restart it, moving the date on by the working days it was stopped, or change the date with a
 * reason. Every change stays in the file's history, the complainant is told by letter in the same
 * transaction, and the process hears of it ({@value #TIMETABLE_CHANGED}), so its response timer
 * stands still while the clock is stopped and waits for the new date after.
 */
@ApplicationScoped
public class ComplaintTimetable {

  /** The message that tells complaint.bpmn's response clock the clock stopped or the date moved. */
  static final String TIMETABLE_CHANGED = "ResponseTimetableChanged";

  /** The steps due by the response date. */
  private static final List<ComplaintTask> STEPS_DUE_BY_RESPONSE_DATE =
      List.of(
          ComplaintTask.INVESTIGATE, ComplaintTask.DRAFT_RESPONSE, ComplaintTask.SIGN_OFF_RESPONSE);

  private final ComplaintSteps steps;
  private final ComplaintDeadlines deadlines;
  private final ComplaintLetterContents letters;
  private final LetterIssuing issuing;

  @Inject
  public ComplaintTimetable(
      ComplaintSteps steps,
      ComplaintDeadlines deadlines,
      ComplaintLetterContents letters,
      LetterIssuing issuing) {
    this.steps = steps;
    this.deadlines = deadlines;
    this.letters = letters;
    this.issuing = issuing;
  }

  protected ComplaintTimetable() {
    this(null, null, null, null);
  }

  private void moveSteps(Complaint complaint) {
    complaint
        .timetable()
        .responseDue()
        .ifPresent(
            due ->
                STEPS_DUE_BY_RESPONSE_DATE.forEach(
                    step -> steps.moveDueDate(complaint.id(), step, due)));
  }

  @Transactional
  public Complaint stopClock(String id, String reason) {
    Complaint complaint = steps.file(id);
    complaint.timetable().stopClock(reason, steps.now(), steps.callerName());
    steps.audit("CLOCK_STOPPED", id, "clock stopped");
    tellTheProcess(complaint);
    tellTheComplainant(ComplaintLetterContents.CLOCK_STOPPED, complaint);
    return complaint;
  }

  @Transactional
  public Complaint restartClock(String id) {
    Complaint complaint = steps.file(id);
    complaint.timetable().restartClock(steps.now(), steps.callerName(), deadlines);
    moveSteps(complaint);
    steps.audit(
        "CLOCK_RESTARTED", id, "response due " + complaint.timetable().responseDue().orElse(null));
    tellTheProcess(complaint);
    tellTheComplainant(ComplaintLetterContents.CLOCK_RESTARTED, complaint);
    return complaint;
  }

  @Transactional
  public Complaint changeResponseDate(String id, LocalDate newDate, String reason) {
    Complaint complaint = steps.file(id);
    complaint.timetable().changeResponseDate(newDate, reason, steps.now(), steps.callerName());
    moveSteps(complaint);
    steps.audit("RESPONSE_DATE_CHANGED", id, "response due " + newDate);
    tellTheProcess(complaint);
    tellTheComplainant(ComplaintLetterContents.RESPONSE_DATE_CHANGED, complaint);
    return complaint;
  }

  private void tellTheProcess(Complaint complaint) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("clockStopped", complaint.timetable().isClockStopped());
    complaint
        .timetable()
        .responseDue()
        .ifPresent(due -> variables.put("responseDue", ComplaintSteps.lastMomentOf(due)));
    steps.tellProcess(TIMETABLE_CHANGED, complaint.id(), variables);
  }

  // The complainant hears in the same transaction: a change nobody was told of is not made.
  private void tellTheComplainant(String kind, Complaint complaint) {
    issuing.issue(
        Complaint.CASE_TYPE,
        complaint.id(),
        letters.letterOf(kind, complaint, LetterCircumstances.none()));
  }
}
