package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintProviderResponses;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Puts a missed deadline (the model's {@code breach}) on the audit trail, where the manager's
 * reports find it. It runs on a timer job, so the system records it.
 */
@Named("complaintEscalation")
@ApplicationScoped
public class ComplaintEscalation implements JavaDelegate {

  static final String PROVIDER_RESPONSE_OVERDUE = "PROVIDER_RESPONSE_OVERDUE";

  private final AuditTrail auditTrail;
  private final ComplaintProviderResponses providerResponses;

  @Inject
  public ComplaintEscalation(AuditTrail auditTrail, ComplaintProviderResponses providerResponses) {
    this.auditTrail = auditTrail;
    this.providerResponses = providerResponses;
  }

  /** For the CDI proxy only. */
  protected ComplaintEscalation() {
    this(null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String breach = DelegateVariables.instruction(execution, "breach");
    if (PROVIDER_RESPONSE_OVERDUE.equals(breach)
        && !providerResponses.isAwaited(execution.getBusinessKey())) {
      // The response arrived before its date: nothing was breached.
      return;
    }
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change(
            "DEADLINE_BREACHED", Complaint.CASE_TYPE, execution.getBusinessKey(), breach));
  }
}
