package uk.nhs.icb.caseworkflows.bpmn.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseworkerChanged;

/**
 * When a case gets a new caseworker, its open tasks for their team go to them, in the same
 * transaction as the change.
 */
@ApplicationScoped
public class OpenTasksFollowCaseworker {

  private final CaseProcesses processes;

  @Inject
  public OpenTasksFollowCaseworker(CaseProcesses processes) {
    this.processes = processes;
  }

  protected OpenTasksFollowCaseworker() {
    this(null);
  }

  void follow(@Observes CaseworkerChanged change) {
    processes.assignOpenTasks(change.caseId(), change.team(), change.to());
  }
}
