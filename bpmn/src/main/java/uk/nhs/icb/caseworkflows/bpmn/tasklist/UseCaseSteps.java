package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/**
 * The models whose user tasks are completed only by their workflows' own use cases ({@link
 * ProcessModels#tasksCompletedByTheirOwnUseCases()}), by resource name, for the task list to refuse
 * completing them bare.
 */
@ApplicationScoped
public class UseCaseSteps {

  /** No model's tasks: the task list completes any task (its own tests' probes). */
  public static final UseCaseSteps NONE = new UseCaseSteps(Set.of());

  private final Set<String> resources;

  @Inject
  public UseCaseSteps(@Any Instance<ProcessModels> models) {
    this(resourcesOf(models));
  }

  UseCaseSteps(Set<String> resources) {
    this.resources = Set.copyOf(resources);
  }

  protected UseCaseSteps() {
    this(Set.of());
  }

  /** Whether the tasks of the model deployed from {@code resourceName} are their use cases' own. */
  public boolean cover(String resourceName) {
    return resourceName != null && resources.contains(resourceName);
  }

  private static Set<String> resourcesOf(Instance<ProcessModels> models) {
    Set<String> covered = new HashSet<>();
    for (ProcessModels module : models) {
      if (module.tasksCompletedByTheirOwnUseCases()) {
        covered.addAll(module.resources());
      }
    }
    return covered;
  }
}
