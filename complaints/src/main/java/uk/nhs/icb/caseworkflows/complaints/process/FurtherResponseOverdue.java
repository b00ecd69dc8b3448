package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.complaints.application.FurtherResolution;

/**
 * The further response's date passed (complaint-further-response.bpmn): the round is marked overdue
 * on the file, where the complaints manager sees it, and the trail says so.
 */
@Named("furtherResponseOverdue")
@ApplicationScoped
public class FurtherResponseOverdue implements JavaDelegate {

  private final FurtherResolution furtherResolution;

  @Inject
  public FurtherResponseOverdue(FurtherResolution furtherResolution) {
    this.furtherResolution = furtherResolution;
  }

  /** For the CDI proxy only. */
  protected FurtherResponseOverdue() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    furtherResolution.overdue(DelegateVariables.caseId(execution));
  }
}
