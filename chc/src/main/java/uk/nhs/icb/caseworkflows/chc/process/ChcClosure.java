package uk.nhs.icb.caseworkflows.chc.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.chc.application.ChcClosing;

/** Closes the case once its last letter has gone, which starts its retention clock. */
@Named("chcClosure")
@ApplicationScoped
public class ChcClosure implements JavaDelegate {

  private final ChcClosing closing;

  @Inject
  public ChcClosure(ChcClosing closing) {
    this.closing = closing;
  }

  /** For the CDI proxy only. */
  protected ChcClosure() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    closing.close(DelegateVariables.caseId(execution));
  }
}
