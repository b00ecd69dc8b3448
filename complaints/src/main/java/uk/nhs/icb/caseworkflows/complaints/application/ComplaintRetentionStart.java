package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionStart;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Tells retention that a complaint has closed, in the closing transaction (the kit's {@link
 * RetentionStart}): the file is then kept for its retention period from the closure date and
 * reviewed at the end.
 */
@ApplicationScoped
public class ComplaintRetentionStart {

  private final RetentionStart retention;

  @Inject
  public ComplaintRetentionStart(RetentionStart retention) {
    this.retention = retention;
  }

  protected ComplaintRetentionStart() {
    this(null);
  }

  public void closed(Complaint complaint) {
    retention.closed(
        Complaint.CASE_TYPE,
        complaint.id(),
        complaint.reference().formatted(),
        complaint.retentionStartsOn().orElseThrow());
  }

  /** The complaint was reopened: its retention clock stops until it closes again. */
  public void reopened(Complaint complaint) {
    retention.reopened(Complaint.CASE_TYPE, complaint.id());
  }
}
