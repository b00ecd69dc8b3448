package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseActions;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The kit's actions over probe cases: a missing case is a 404, a destroyed one a 410, a step the
 * process is not waiting at a 409; and each change audited as the caller.
 */
@ApplicationScoped
public class ProbeSteps extends CaseActions<ProbeCase, ProbeTask> {

  @Inject
  public ProbeSteps(
      ProbeStore store,
      CaseProcesses processes,
      RetentionRegister retention,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    super(store, processes, retention, auditTrail, caller, clock);
  }

  protected ProbeSteps() {
    this(null, null, null, null, null, null);
  }
}
