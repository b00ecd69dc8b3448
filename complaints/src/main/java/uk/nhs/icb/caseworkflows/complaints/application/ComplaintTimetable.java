package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
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
  private static final java.util.List<ComplaintTask> STEPS_DUE_BY_RESPONSE_DATE =
      java.util.List.of(
          ComplaintTask.INVESTIGATE, ComplaintTask.DRAFT_RESPONSE, ComplaintTask.SIGN_OFF_RESPONSE);

  private final ComplaintSteps steps;
  private final CaseProcesses processes;
  private final ComplaintDeadlines deadlines;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  @Inject
  public ComplaintTimetable(
      ComplaintSteps steps,
      CaseProcesses processes,
      ComplaintDeadlines deadlines,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    this.steps = steps;
    this.processes = processes;
    this.deadlines = deadlines;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  protected ComplaintTimetable() {
    this(null, null, null, null, null, null);
  }

  private void moveSteps(Complaint complaint) {
    complaint
        .timetable()
        .responseDue()
        .ifPresent(
            due ->
                STEPS_DUE_BY_RESPONSE_DATE.forEach(
                    step ->
                        processes.moveDueDate(
                            complaint.id(), step.key(), ComplaintSteps.endOf(due).toInstant())));
  }

  @Transactional
  public Complaint stopClock(String id, String reason) {
    Complaint complaint = steps.file(id);
    complaint.timetable().stopClock(reason, clock.instant(), caller.get().name());
    auditTrail.record(AuditEntry.change("CLOCK_STOPPED", Complaint.CASE_TYPE, id, "clock stopped"));
    return complaint;
  }

  @Transactional
  public Complaint restartClock(String id) {
    Complaint complaint = steps.file(id);
    complaint.timetable().restartClock(clock.instant(), caller.get().name(), deadlines);
    moveSteps(complaint);
    auditTrail.record(
        AuditEntry.change(
            "CLOCK_RESTARTED",
            Complaint.CASE_TYPE,
            id,
            "response due " + complaint.timetable().responseDue().orElse(null)));
    return complaint;
  }

  @Transactional
  public Complaint changeResponseDate(String id, LocalDate newDate, String reason) {
    Complaint complaint = steps.file(id);
    complaint.timetable().changeResponseDate(newDate, reason, clock.instant(), caller.get().name());
    moveSteps(complaint);
    auditTrail.record(
        AuditEntry.change(
            "RESPONSE_DATE_CHANGED", Complaint.CASE_TYPE, id, "response due " + newDate));
    return complaint;
  }
}
