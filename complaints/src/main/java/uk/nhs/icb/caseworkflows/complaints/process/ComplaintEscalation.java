package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Puts a missed deadline (the model's {@code breach}) on the audit trail, where the manager's
 * reports find it. It runs on a timer job, so the system records it.
 */
@Named("complaintEscalation")
@ApplicationScoped
public class ComplaintEscalation implements JavaDelegate {

  private final AuditTrail auditTrail;

  @Inject
  public ComplaintEscalation(AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
  }

  /** For the CDI proxy only. */
  protected ComplaintEscalation() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change(
            "DEADLINE_BREACHED",
            Complaint.CASE_TYPE,
            execution.getBusinessKey(),
            ProcessVariables.instruction(execution, "breach")));
  }
}
