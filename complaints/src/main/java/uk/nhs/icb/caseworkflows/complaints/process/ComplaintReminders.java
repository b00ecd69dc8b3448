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
 * Reminds the handler, on the file's history, that something the investigation waits for is due
 * soon (the model's {@code reminder}); a response already on file needs no reminder.
 */
@Named("complaintReminders")
@ApplicationScoped
public class ComplaintReminders implements JavaDelegate {

  private final AuditTrail auditTrail;
  private final ComplaintProviderResponses providerResponses;

  @Inject
  public ComplaintReminders(AuditTrail auditTrail, ComplaintProviderResponses providerResponses) {
    this.auditTrail = auditTrail;
    this.providerResponses = providerResponses;
  }

  /** For the CDI proxy only. */
  protected ComplaintReminders() {
    this(null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = execution.getBusinessKey();
    if (!providerResponses.isAwaited(complaintId)) {
      return;
    }
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change(
            "REMINDER_DUE",
            Complaint.CASE_TYPE,
            complaintId,
            DelegateVariables.instruction(execution, "reminder")));
  }
}
