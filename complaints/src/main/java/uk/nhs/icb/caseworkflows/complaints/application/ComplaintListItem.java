package uk.nhs.icb.caseworkflows.complaints.application;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/**
 * One line of the complaints handlers' case list: enough to pick the case to open, and whether it
 * is late.
 *
 * @param responseDue null until the plan is agreed
 * @param caseworker who works it now; null while the team has not taken it
 */
public record ComplaintListItem(
    String id,
    String reference,
    ComplaintStatus status,
    String complainantName,
    Instant receivedAt,
    LocalDate acknowledgementDue,
    LocalDate responseDue,
    boolean overdue,
    boolean closed,
    String caseworker) {

  /** The line for a complaint as it stands on {@code today} (a London date). */
  public static ComplaintListItem of(Complaint complaint, LocalDate today, String caseworker) {
    LocalDate responseDue = complaint.timetable().responseDue().orElse(null);
    return new ComplaintListItem(
        complaint.id(),
        complaint.reference().formatted(),
        complaint.status(),
        complaint.complainant().name(),
        complaint.receipt().receivedAt(),
        complaint.timetable().acknowledgementDue(),
        responseDue,
        isOverdue(
            complaint.status(),
            complaint.timetable().acknowledgementDue(),
            complaint.timetable().acknowledgedAt().orElse(null),
            responseDue,
            complaint.timetable().respondedAt().orElse(null),
            today),
        complaint.isClosed(),
        caseworker);
  }

  /**
   * An open complaint is overdue once a due day has passed without the step it was due for: not
   * acknowledged after its acknowledgement day, or not responded to after its response day. The due
   * day itself is still in time. {@link ComplaintSearch}'s overdue filter says the same in JPQL.
   *
   * @param acknowledgedAt null while not acknowledged
   * @param responseDue null until the plan is agreed
   * @param respondedAt null while not responded to
   * @param today the London date now
   */
  public static boolean isOverdue(
      ComplaintStatus status,
      LocalDate acknowledgementDue,
      Instant acknowledgedAt,
      LocalDate responseDue,
      Instant respondedAt,
      LocalDate today) {
    if (status == ComplaintStatus.CLOSED) {
      return false;
    }
    boolean acknowledgementLate =
        acknowledgedAt == null && acknowledgementDue != null && acknowledgementDue.isBefore(today);
    boolean responseLate =
        respondedAt == null && responseDue != null && responseDue.isBefore(today);
    return acknowledgementLate || responseLate;
  }
}
