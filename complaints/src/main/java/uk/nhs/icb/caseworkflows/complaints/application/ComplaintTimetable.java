package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;

/**
 * The response date during an investigation: stop the clock (waiting for the complainant, say) and
 * restart it, moving the date on by the working days it was stopped, or change the date with a
 * reason. Every change stays in the file's history.
 */
@ApplicationScoped
public class ComplaintTimetable {

  /** The steps due by the response date. */
  private static final List<ComplaintTask> STEPS_DUE_BY_RESPONSE_DATE =
      List.of(
          ComplaintTask.INVESTIGATE, ComplaintTask.DRAFT_RESPONSE, ComplaintTask.SIGN_OFF_RESPONSE);

  private final ComplaintSteps steps;
  private final ComplaintDeadlines deadlines;

  @Inject
  public ComplaintTimetable(ComplaintSteps steps, ComplaintDeadlines deadlines) {
    this.steps = steps;
    this.deadlines = deadlines;
  }

  protected ComplaintTimetable() {
    this(null, null);
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
    return complaint;
  }

  @Transactional
  public Complaint restartClock(String id) {
    Complaint complaint = steps.file(id);
    complaint.timetable().restartClock(steps.now(), steps.callerName(), deadlines);
    moveSteps(complaint);
    steps.audit(
        "CLOCK_RESTARTED", id, "response due " + complaint.timetable().responseDue().orElse(null));
    return complaint;
  }

  @Transactional
  public Complaint changeResponseDate(String id, LocalDate newDate, String reason) {
    Complaint complaint = steps.file(id);
    complaint.timetable().changeResponseDate(newDate, reason, steps.now(), steps.callerName());
    moveSteps(complaint);
    steps.audit("RESPONSE_DATE_CHANGED", id, "response due " + newDate);
    return complaint;
  }
}
