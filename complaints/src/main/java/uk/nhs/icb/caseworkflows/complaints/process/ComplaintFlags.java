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
 * Flags the case on the audit trail with the model's {@code flag}, as the system: a timer set it.
 */
@Named("complaintFlags")
@ApplicationScoped
public class ComplaintFlags implements JavaDelegate {

  private final AuditTrail auditTrail;

  @Inject
  public ComplaintFlags(AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
  }

  /** For the CDI proxy only. */
  protected ComplaintFlags() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change(
            "CASE_FLAGGED",
            Complaint.CASE_TYPE,
            execution.getBusinessKey(),
            ProcessVariables.instruction(execution, "flag")));
  }
}
