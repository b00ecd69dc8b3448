package uk.nhs.icb.caseworkflows.bpmn.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/** The retention process, deployed at start-up with the case workflows' models. */
@ApplicationScoped
public class RetentionProcessModels implements ProcessModels {

  @Override
  public List<String> resources() {
    return List.of("uk/nhs/icb/caseworkflows/bpmn/models/retention.bpmn");
  }
}
