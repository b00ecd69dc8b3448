package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/**
 * What happens after a complaint's response, each in a model of its own beside complaint.bpmn, and
 * started from Java when it is needed: the further response to a reopened complaint, and the
 * follow-up of each action promised. Both run with the complaint id as business key, so their tasks
 * show among the complaint's open steps and in the team's task list.
 */
@ApplicationScoped
public class AfterResponseProcessModels implements ProcessModels {

  static final String FURTHER_RESPONSE = "complaint-further-response";
  static final String ACTION = "complaint-action";

  @Override
  public List<String> resources() {
    return List.of(
        "uk/nhs/icb/caseworkflows/complaints/process/complaint-further-response.bpmn",
        "uk/nhs/icb/caseworkflows/complaints/process/complaint-action.bpmn");
  }
}
