package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcConsentRecording;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * Completes the consent step: the assessment goes ahead (only once consent to it, or what stands in
 * for it, is recorded), or the person declined it and the case closes.
 */
@ApplicationScoped
public class AssessmentDecisionForm extends ChcStepForm {

  @Inject ChcConsentRecording consents;

  public AssessmentDecisionForm() {
    super(
        "assessment-decision",
        "Go ahead with the assessment?",
        "assessmentAgreed-yes",
        Set.of(Roles.CHC_ASSESSOR),
        "Record consent first (and, where the person may lack capacity, the capacity assessment)."
            + " If they declined the assessment, the case closes.",
        true);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    return opening(file, typed)
        .yesNo("assessmentAgreed", "Did the person agree to the assessment?", null)
        .submit("Continue", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    Boolean agreed = typed.yesNo("assessmentAgreed", "Select whether the assessment goes ahead");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    consents.decideOnAssessment(caseId, agreed);
    return agreed ? "The assessment goes ahead" : "The assessment was declined; the case closes";
  }
}
