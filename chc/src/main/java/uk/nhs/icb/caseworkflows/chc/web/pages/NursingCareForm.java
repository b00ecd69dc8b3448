package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.application.NursingCareDecisions;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/** The NHS-funded Nursing Care decision for someone not eligible in a care home with nursing. */
@ApplicationScoped
public class NursingCareForm extends ChcStepForm {

  @Inject NursingCareDecisions decisions;

  public NursingCareForm() {
    super(
        "nursing-care",
        "Decide on NHS-funded Nursing Care",
        "payable-yes",
        Set.of(Roles.CHC_ASSESSOR),
        "The person was found not eligible for NHS Continuing Healthcare and lives in, or is going"
            + " to, a care home with nursing. The letter tells them this decision.",
        true);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    return opening(file, typed)
        .yesNo("payable", "Is NHS-funded Nursing Care payable?", null)
        .textarea("reasons", "The reasons", "The letter sets them out")
        .submit("Record the FNC decision", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    Boolean payable = typed.yesNo("payable", "Select whether FNC is payable");
    String reasons = typed.text("reasons", "Enter the reasons");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    decisions.decide(caseId, null, payable, reasons);
    return "The FNC decision was recorded and its letter sent";
  }
}
