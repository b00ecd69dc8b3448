package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * The complainant withdraws the complaint, at any step: the process stops its work and closes the
 * case as withdrawn; disclosures already made stay on the file.
 */
@ApplicationScoped
public class ComplaintWithdrawal {

  private final ComplaintSteps steps;

  @Inject
  public ComplaintWithdrawal(ComplaintSteps steps) {
    this.steps = steps;
  }

  protected ComplaintWithdrawal() {
    this(null);
  }

  @Transactional
  public Complaint withdraw(String id, String reason) {
    Complaint complaint = steps.file(id);
    if (complaint.isClosed()) {
      throw new ConflictProblem("This complaint is already closed.");
    }
    steps.audit("COMPLAINT_WITHDRAWN", id, reason == null ? "" : reason);
    steps.tellProcess("ComplaintWithdrawn", id);
    return complaint;
  }
}
