package uk.nhs.icb.caseworkflows.bpmn.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * Flags a case on the audit trail with the model's {@code flag} instruction, as the system: a timer
 * set it, nobody signed in. A workflow names one bean of it for its model's flag tasks.
 */
public class CaseFlagging implements JavaDelegate {

  /** The instruction the model gives a flag task: what the flag says. */
  public static final String FLAG = "flag";

  private final AuditTrail auditTrail;
  private final String caseType;

  public CaseFlagging(AuditTrail auditTrail, String caseType) {
    this.auditTrail = auditTrail;
    this.caseType = caseType;
  }

  @Override
  public void execute(DelegateExecution execution) {
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change(
            "CASE_FLAGGED",
            caseType,
            DelegateVariables.caseId(execution),
            DelegateVariables.instruction(execution, FLAG)));
  }
}
