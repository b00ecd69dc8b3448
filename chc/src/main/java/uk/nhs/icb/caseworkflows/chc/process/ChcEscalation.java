package uk.nhs.icb.caseworkflows.chc.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.chc.application.ChcClosing;

/**
 * Puts the 28 days passing without a decision (the model's {@code breach}) on the case and the
 * audit trail, where the CHC manager's list and reports find it. It runs on a timer job, so the
 * system records it.
 */
@Named("chcEscalation")
@ApplicationScoped
public class ChcEscalation implements JavaDelegate {

  private final ChcClosing closing;

  @Inject
  public ChcEscalation(ChcClosing closing) {
    this.closing = closing;
  }

  /** For the CDI proxy only. */
  protected ChcEscalation() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    closing.flagOverdue(
        DelegateVariables.caseId(execution), DelegateVariables.instruction(execution, "breach"));
  }
}
