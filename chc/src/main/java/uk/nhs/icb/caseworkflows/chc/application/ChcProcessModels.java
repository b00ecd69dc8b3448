package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/** The CHC process, deployed at start-up; the model lives beside its delegates in process/. */
@ApplicationScoped
public class ChcProcessModels implements ProcessModels {

  static final String PROCESS_KEY = "chc";

  @Override
  public List<String> resources() {
    return List.of("uk/nhs/icb/caseworkflows/chc/process/chc.bpmn");
  }
}
