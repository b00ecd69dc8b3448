package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseSteps;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;

/**
 * The kit's step mechanics over probe cases: a missing case is a 404, a destroyed one a 410, and a
 * step the process is not waiting at a 409.
 */
@ApplicationScoped
public class ProbeSteps extends CaseSteps<ProbeCase, ProbeTask> {

  @Inject
  public ProbeSteps(ProbeStore store, CaseProcesses processes, RetentionRegister retention) {
    super(store, processes, retention);
  }

  protected ProbeSteps() {
    this(null, null, null);
  }
}
