package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcConsentRecording;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.common.consent.domain.BestInterestsDecision;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityOutcome;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * A capacity assessment under the Mental Capacity Act 2005 and, where the person lacks capacity and
 * nobody may consent for them, the best-interests decision that stands in for their consent.
 */
@ApplicationScoped
public class CapacityForm extends ChcStepForm {

  @Inject ChcConsentRecording consents;

  public CapacityForm() {
    super(
        "capacity",
        "Record a capacity assessment",
        "decisionInQuestion",
        Set.of(Roles.CHC_ASSESSOR),
        "Capacity is assessed for one decision at a time. Fill in the best-interests part only when"
            + " the person lacks capacity and has no attorney for health and welfare or deputy.",
        false);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    return opening(file, typed)
        .textarea("decisionInQuestion", "The decision in question", null)
        .input("assessedBy", "Who assessed capacity", "Their name and role")
        .date("assessedOn", "When", null)
        .radios("outcome", "The outcome", null, Fields.Option.words(CapacityOutcome.values()))
        .input("decidedBy", "Best-interests decision: who decided", null)
        .input("role", "Best-interests decision: their role", null)
        .textarea("consulted", "Best-interests decision: whom they consulted", null)
        .textarea("bestInterestsReasons", "Best-interests decision: why", null)
        .submit("Record the assessment", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    String decision = typed.text("decisionInQuestion", "Enter the decision in question");
    String assessedBy = typed.text("assessedBy", "Enter who assessed capacity");
    DateInput.Result assessedOn = typed.date("assessedOn", "date assessed", true);
    CapacityOutcome outcome =
        typed.choice(
            "outcome", CapacityOutcome.class, CapacityOutcome.values()[0], "Select the outcome");
    String decidedBy = typed.text("decidedBy", null);
    String role = typed.text("role", null);
    String consulted = typed.text("consulted", null);
    String reasons = typed.text("bestInterestsReasons", null);
    boolean bestInterests =
        decidedBy != null || role != null || consulted != null || reasons != null;
    if (bestInterests) {
      typed.text("decidedBy", "Enter who made the best-interests decision");
      typed.text("role", "Enter their role");
      typed.text("consulted", "Enter whom they consulted");
      typed.text("bestInterestsReasons", "Enter why it is in the person's best interests");
    }
    if (!typed.errors().isEmpty()) {
      return null;
    }
    consents.assessCapacity(
        caseId,
        decision,
        assessedBy,
        assessedOn.value().orElseThrow(),
        outcome,
        bestInterests
            ? new BestInterestsDecision(
                decidedBy, role, consulted, reasons, assessedOn.value().orElseThrow())
            : null);
    return "The capacity assessment was recorded";
  }
}
