package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.complaints.application.LearningActions;

/**
 * An action promised after a complaint is due, or still open a week on (complaint-action.bpmn): the
 * reminder is kept on the action, where its owner and the complaints manager see it.
 */
@Named("learningActionReminder")
@ApplicationScoped
public class LearningActionReminder implements JavaDelegate {

  private final LearningActions actions;

  @Inject
  public LearningActionReminder(LearningActions actions) {
    this.actions = actions;
  }

  /** For the CDI proxy only. */
  protected LearningActionReminder() {
    this(null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.remind(
        DelegateVariables.caseId(execution), DelegateVariables.instruction(execution, "actionId"));
  }
}
