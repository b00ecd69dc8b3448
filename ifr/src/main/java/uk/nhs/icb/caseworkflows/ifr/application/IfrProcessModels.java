package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/** The IFR models, deployed at start-up: a request's process and the policy signal's. */
@ApplicationScoped
public class IfrProcessModels implements ProcessModels {

  static final String PROCESS_KEY = "ifr";
  static final String SIGNAL_PROCESS_KEY = "ifr-policy-signal";

  @Override
  public List<String> resources() {
    return List.of(
        "uk/nhs/icb/caseworkflows/ifr/process/ifr.bpmn",
        "uk/nhs/icb/caseworkflows/ifr/process/ifr-policy-signal.bpmn");
  }
}
