package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

@ApplicationScoped
public class ProbeProcessModels implements ProcessModels {

  @Override
  public List<String> resources() {
    return List.of("probe/platform-probe.bpmn");
  }

  /** The probe's step only routes: PlatformIT completes it from the task list, races included. */
  @Override
  public boolean tasksCompletedByTheirOwnUseCases() {
    return false;
  }
}
