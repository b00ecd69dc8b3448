package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.domain.Receipt;

/**
 * Receives a complaint: the file with its reference and deadlines, its process started with the
 * dates its timers need and, if the one taking it in says who will handle it, its caseworker, in
 * one transaction.
 */
@ApplicationScoped
public class ComplaintIntake {

  private final Complaints complaints;
  private final ComplaintSteps steps;
  private final ComplaintDeadlines deadlines;
  private final ComplaintRetentionStart retention;
  private final CaseAssignments assignments;

  /** Who will handle a complaint, as the one taking it in may say: themselves. */
  public static final String ME = "me";

  @Inject
  public ComplaintIntake(
      Complaints complaints,
      ComplaintSteps steps,
      ComplaintDeadlines deadlines,
      ComplaintRetentionStart retention,
      CaseAssignments assignments) {
    this.complaints = complaints;
    this.steps = steps;
    this.deadlines = deadlines;
    this.retention = retention;
    this.assignments = assignments;
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
    steps.audit("COMPLAINT_RESOLVED_ORALLY", complaint.id(), "received by " + channel);
    retention.closed(complaint);
    return complaint;
  }

  /** Receives a complaint for the team to claim: whoever claims its first task will handle it. */
  @Transactional
  public Complaint receive(
      ComplaintMade made, Channel channel, Instant receivedAt, String receivedBy) {
    return receive(made, channel, receivedAt, receivedBy, null);
  }

  /**
   * Receives a complaint and names who will handle it: {@value #ME} (whoever took it in), another
   * member of the complaints team by user name (400 naming {@code caseworker} for anyone else), or
   * nobody (null or blank) to leave it for the team to claim.
   */
  @Transactional
  public Complaint receive(
      ComplaintMade made,
      Channel channel,
      Instant receivedAt,
      String receivedBy,
      String caseworker) {
    int year = receivedAt.atZone(WorkingDayCalendar.LONDON).getYear();
    Complaint complaint =
        Complaint.receive(
            complaints.nextReference(year),
            made,
            Receipt.of(channel, receivedAt, receivedBy),
            deadlines);
    complaints.add(complaint);
    steps.startProcess(
        ComplaintProcessModels.PROCESS_KEY,
        complaint,
        Map.of(
            "inTime", complaint.admissibility().isReceivedInTime(),
            "forSomeoneElse", complaint.representation().isPresent(),
            "acknowledgementDue",
                ComplaintSteps.lastMomentOf(complaint.timetable().acknowledgementDue()),
            "sixMonthDate", ComplaintSteps.morningOf(complaint.timetable().sixMonthDate())));
    steps.audit(
        "COMPLAINT_RECEIVED",
        complaint.id(),
        "received by " + channel + "; in time " + complaint.admissibility().isReceivedInTime());
    String handler = Text.optional(caseworker);
    if (handler != null) {
      // After the start: the change moves the task the start just created to the caseworker.
      assignments.assignAtIntake(
          Complaint.CASE_TYPE, complaint.id(), ME.equalsIgnoreCase(handler) ? receivedBy : handler);
    }
    return complaint;
  }
}
