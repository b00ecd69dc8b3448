package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;

/**
 * Registered once in the engine configuration, so every user task of every case process is covered
 * without a listener in each model: when a task is created for the case's team and nobody is named
 * for it already, it is assigned to the case's caseworker. Tasks of another role (a manager's
 * sign-off) stay open to that role.
 */
public class CaseworkerTaskAssignment extends AbstractBpmnParseListener implements TaskListener {

  private final Supplier<CaseOwners> owners;

  /** {@code owners} is asked at each task, so it may be looked up lazily (through CDI). */
  public CaseworkerTaskAssignment(Supplier<CaseOwners> owners) {
    this.owners = owners;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, this);
    }
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null || task.getExecution() == null) {
      return;
    }
    String caseId = task.getExecution().getProcessBusinessKey();
    Object caseType = task.getExecution().getVariable(CaseKey.TYPE_VARIABLE);
    if (caseId == null || !(caseType instanceof String type)) {
      return;
    }
    Optional<CaseOwners.Owner> owner = owners.get().ownerOf(type, caseId);
    if (owner.isPresent() && isOfferedTo(task, owner.get().team())) {
      task.setAssignee(owner.get().caseworker());
    }
  }

  private static boolean isOfferedTo(DelegateTask task, String team) {
    return task.getCandidates().stream()
        .anyMatch(
            link ->
                IdentityLinkType.CANDIDATE.equals(link.getType())
                    && team.equals(link.getGroupId()));
  }
}
