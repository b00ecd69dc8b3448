package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.application.PanelDecision;
import uk.nhs.icb.caseworkflows.chc.domain.DelayCause;
import uk.nhs.icb.caseworkflows.chc.domain.EligibilityDecision;
import uk.nhs.icb.caseworkflows.chc.domain.MdtRecommendation;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;

/**
 * The panel's decision on the team's recommendation: always with reasons, with the exceptional
 * circumstances when it departs from it, and the cause of any delay past the 28 days.
 */
@ApplicationScoped
public class DecisionForm extends ChcStepForm {

  private static final List<Fields.Option> CAUSES =
      List.of(
          Fields.Option.of(DelayCause.CAUSED_BY_ICB.name(), "The ICB caused the delay"),
          Fields.Option.of(DelayCause.BEYOND_ICB_CONTROL.name(), "Beyond the ICB's control"));

  @Inject PanelDecision panel;

  public DecisionForm() {
    super(
        "decision",
        "Decide eligibility",
        "eligible-yes",
        Set.of(Roles.CHC_PANEL),
        "The Framework expects the ICB to depart from the team's recommendation only in exceptional"
            + " circumstances. The decision letter gives your reasons and encloses the completed"
            + " Decision Support Tool.",
        true);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    var chcCase = file.chcCase();
    MdtRecommendation recommendation =
        chcCase.hasFullAssessment()
            ? chcCase.decisionSupportTool().recommendation().orElse(null)
            : null;
    var form = opening(file, typed);
    if (recommendation != null) {
      form.fact("The team recommends", PageText.words(recommendation.outcome()));
      form.fact("Nature", recommendation.reasons().nature());
      form.fact("Intensity", recommendation.reasons().intensity());
      form.fact("Complexity", recommendation.reasons().complexity());
      form.fact("Unpredictability", recommendation.reasons().unpredictability());
    }
    chcCase
        .clock()
        .ifPresent(clock -> form.fact("Decision due by", Text.day(clock.decisionDueBy())));
    return form.yesNo("eligible", "Is the person eligible for NHS Continuing Healthcare?", null)
        .textarea("reasons", "The reasons for the decision", "The letter sets them out")
        .textarea(
            "reasonsForDeparting",
            "If the decision differs from the recommendation: the exceptional circumstances",
            null)
        .radios("delayCause", "If the decision is after day 28: why", null, CAUSES)
        .submit("Record the decision", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    Boolean eligible = typed.yesNo("eligible", "Select whether the person is eligible");
    String reasons = typed.text("reasons", "Enter the reasons for the decision");
    String departing = typed.text("reasonsForDeparting", null);
    String cause = typed.typed("delayCause");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    EligibilityDecision decision =
        panel.decide(caseId, null, eligible, reasons, departing, cause.isEmpty() ? null : cause);
    return (decision.eligible() ? "Eligible" : "Not eligible")
        + ": the decision letter has been sent";
  }
}
