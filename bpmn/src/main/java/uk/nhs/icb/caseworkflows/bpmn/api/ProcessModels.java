package uk.nhs.icb.caseworkflows.bpmn.api;

import java.util.List;

/**
 * A module's BPMN models, as classpath resource names. Implement it as an
 * {@code @ApplicationScoped} bean and the engine deploys the models at start-up; an unchanged model
 * is not deployed again, so restarts create no new process versions.
 */
public interface ProcessModels {

  List<String> resources();

  /**
   * Whether each user task of these models is completed only by its workflow's own use case (its
   * step form and endpoint), which records what the step decides, checks its rules and writes its
   * letter. The task list's generic completion then refuses the task: completed bare, with whatever
   * variables were sent, it would route the process past a consent, a panel's decision or a
   * retention review with nothing of it recorded. Every workflow's steps are; a model whose tasks
   * only route (a test probe) says no. Decided by model resource, so the versions of a model
   * deployed before stay covered.
   */
  default boolean tasksCompletedByTheirOwnUseCases() {
    return true;
  }
}
