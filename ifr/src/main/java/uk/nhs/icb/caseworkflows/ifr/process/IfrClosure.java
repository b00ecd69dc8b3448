package uk.nhs.icb.caseworkflows.ifr.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.ifr.application.IfrClosing;

/** Closes the request at the end of its process and starts its retention clock. */
@Named("ifrClosure")
@ApplicationScoped
public class IfrClosure implements JavaDelegate {

  private final IfrClosing closing;

  @Inject
  public IfrClosure(IfrClosing closing) {
    this.closing = closing;
  }

  protected IfrClosure() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    closing.close(DelegateVariables.caseId(execution));
  }
}
