package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseActions;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFilesOf;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/**
 * The case kit's actions (steps, caller, clock, audit trail), for complaint files and the steps of
 * complaint.bpmn.
 */
@ApplicationScoped
public class ComplaintSteps extends CaseActions<Complaint, ComplaintTask> {

  @Inject
  public ComplaintSteps(
      Complaints complaints,
      CaseProcesses processes,
      RetentionRegister retention,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    super(
        new CaseFilesOf<>(
            Complaint.CASE_TYPE,
            "complaint",
            // Not complaints::find: the proxy's constructor has no repository to bind.
            id -> complaints.find(id),
            complaint -> complaint.reference().formatted(),
            Complaint::isClosed,
            Complaint::id),
        processes,
        retention,
        auditTrail,
        caller,
        clock);
  }

  protected ComplaintSteps() {
    this(null, null, null, null, null, null);
  }

  /** Sends the complaint's process a message with the variables it routes or times on. */
  public void tellProcess(String message, String caseId, Map<String, Object> variables) {
    processes().correlate(message, caseId, variables);
  }

  /**
   * A complaint's deadline as its timers need it: the last moment of the day, London time. The
   * regulations count days, and a day counts until its end: an acknowledgement sent at 17:30 on its
   * last day is in time, so the escalation may not fire at the close of office hours.
   */
  public static Date lastMomentOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.MAX).atZone(WorkingDayCalendar.LONDON).toInstant());
  }

  /** The start of the working day, London time: when a letter due that day is sent. */
  public static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(WorkingDayCalendar.LONDON).toInstant());
  }
}
