package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.domain.Receipt;

/**
 * Receives a complaint: the file with its reference and deadlines, and its process started with the
 * dates its timers need, in one transaction.
 */
@ApplicationScoped
public class ComplaintIntake {

  private final Complaints complaints;
  private final CaseProcesses processes;
  private final ComplaintDeadlines deadlines;
  private final AuditTrail auditTrail;
  private final ComplaintRetentionStart retention;

  @Inject
  public ComplaintIntake(
      Complaints complaints,
      CaseProcesses processes,
      ComplaintDeadlines deadlines,
      AuditTrail auditTrail,
      ComplaintRetentionStart retention) {
    this.complaints = complaints;
    this.processes = processes;
    this.deadlines = deadlines;
    this.auditTrail = auditTrail;
    this.retention = retention;
  }

  protected ComplaintIntake() {
    this(null, null, null, null, null);
  }

  /**
   * Records a spoken complaint resolved to the complainant's satisfaction by the end of the next
   * working day: kept on file and closed at once, outside the formal process (no process, no
   * letters), as the regulations allow.
   */
  @Transactional
  public Complaint recordResolvedOrally(
      ComplaintMade made,
      Channel channel,
      Instant receivedAt,
      String receivedBy,
      String howResolved,
      Instant resolvedAt) {
    int year = receivedAt.atZone(WorkingDayCalendar.LONDON).getYear();
    Complaint complaint =
        Complaint.resolvedOrally(
            complaints.nextReference(year),
            made,
            Receipt.of(channel, receivedAt, receivedBy),
            howResolved,
            resolvedAt,
            receivedBy,
            deadlines);
    complaints.add(complaint);
    auditTrail.record(
        AuditEntry.change(
            "COMPLAINT_RESOLVED_ORALLY",
            Complaint.CASE_TYPE,
            complaint.id(),
            "received by " + channel));
    retention.closed(complaint);
    return complaint;
  }

  @Transactional
  public Complaint receive(
      ComplaintMade made, Channel channel, Instant receivedAt, String receivedBy) {
    int year = receivedAt.atZone(WorkingDayCalendar.LONDON).getYear();
    Complaint complaint =
        Complaint.receive(
            complaints.nextReference(year),
            made,
            Receipt.of(channel, receivedAt, receivedBy),
            deadlines);
    complaints.add(complaint);
    processes.start(
        ComplaintProcessModels.PROCESS_KEY,
        new CaseKey(Complaint.CASE_TYPE, complaint.id(), complaint.reference().formatted()),
        Map.of(
            "inTime", complaint.admissibility().isReceivedInTime(),
            "acknowledgementDue", ComplaintSteps.endOf(complaint.timetable().acknowledgementDue()),
            "sixMonthDate", ComplaintSteps.endOf(complaint.timetable().sixMonthDate())));
    auditTrail.record(
        AuditEntry.change(
            "COMPLAINT_RECEIVED",
            Complaint.CASE_TYPE,
            complaint.id(),
            "received by "
                + channel
                + "; in time "
                + complaint.admissibility().isReceivedInTime()));
    return complaint;
  }
}
