package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * The complainant withdraws the complaint, at any step: the process stops its work and closes the
 * case as withdrawn; disclosures already made stay on the file.
 */
@ApplicationScoped
public class ComplaintWithdrawal {

  private final ComplaintSteps steps;
  private final CaseProcesses processes;
  private final AuditTrail auditTrail;

  @Inject
  public ComplaintWithdrawal(ComplaintSteps steps, CaseProcesses processes, AuditTrail auditTrail) {
    this.steps = steps;
    this.processes = processes;
    this.auditTrail = auditTrail;
  }

  protected ComplaintWithdrawal() {
    this(null, null, null);
  }

  @Transactional
  public Complaint withdraw(String id, String reason) {
    Complaint complaint = steps.file(id);
    if (complaint.isClosed()) {
      throw new ConflictProblem("This complaint is already closed.");
    }
    auditTrail.record(
        AuditEntry.change(
            "COMPLAINT_WITHDRAWN", Complaint.CASE_TYPE, id, reason == null ? "" : reason));
    processes.correlate("ComplaintWithdrawn", id, Map.of());
    return complaint;
  }
}
