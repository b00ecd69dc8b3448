package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/**
 * The complaint process, deployed at start-up; the model lives beside its delegates in process/.
 */
@ApplicationScoped
public class ComplaintProcessModels implements ProcessModels {

  static final String PROCESS_KEY = "complaint";

  @Override
  public List<String> resources() {
    return List.of("uk/nhs/icb/caseworkflows/complaints/process/complaint.bpmn");
  }
}
