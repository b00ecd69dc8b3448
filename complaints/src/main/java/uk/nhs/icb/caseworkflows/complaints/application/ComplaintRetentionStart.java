package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Tells retention that a complaint has closed, in the closing transaction: the file is then kept
 * for its retention period from the closure date and reviewed at the end.
 */
@ApplicationScoped
public class ComplaintRetentionStart {

  private final Event<RecordClosed> closures;

  @Inject
  public ComplaintRetentionStart(Event<RecordClosed> closures) {
    this.closures = closures;
  }

  protected ComplaintRetentionStart() {
    this(null);
  }

  public void closed(Complaint complaint) {
    closures.fire(
        new RecordClosed(
            Complaint.CASE_TYPE,
            complaint.id(),
            complaint.reference().formatted(),
            complaint.retentionStartsOn().orElseThrow()));
  }
}
