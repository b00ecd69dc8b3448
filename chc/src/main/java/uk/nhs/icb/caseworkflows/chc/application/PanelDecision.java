package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.chc.domain.DelayCause;
import uk.nhs.icb.caseworkflows.chc.domain.EligibilityDecision;
import uk.nhs.icb.caseworkflows.chc.domain.RecommendedOutcome;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * The ICB's eligibility decision, made by the CHC panel on the team's recommendation: always with
 * reasons (the letter gives them), with the exceptional circumstances when it departs from the
 * recommendation, and with the cause of any delay past the 28 days when it finds the person
 * eligible, so the case records a refund from day 29 when the ICB caused it.
 */
@ApplicationScoped
public class PanelDecision {

  private final ChcSteps steps;

  @Inject
  public PanelDecision(ChcSteps steps) {
    this.steps = steps;
  }

  protected PanelDecision() {
    this(null);
  }

  @Transactional
  public EligibilityDecision decide(
      String id,
      Long versionSeen,
      Boolean eligible,
      String reasons,
      String reasonsForDeparting,
      String delayCause) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    CaseTask step = steps.openStep(chcCase, ChcTask.DECIDE_ELIGIBILITY, "the panel's decision");
    if (eligible == null) {
      throw new InvalidInputException("eligible", "Say whether the person is eligible.");
    }
    if (reasons == null || reasons.isBlank()) {
      throw new InvalidInputException(
          "reasons", "Give the reasons for the decision: the letter sets them out.");
    }
    boolean recommendedEligible =
        chcCase
            .decisionSupportTool()
            .recommendation()
            .map(r -> r.outcome() == RecommendedOutcome.ELIGIBLE)
            .orElse(eligible);
    if (eligible != recommendedEligible
        && (reasonsForDeparting == null || reasonsForDeparting.isBlank())) {
      throw new InvalidInputException(
          "reasonsForDeparting",
          "This decision differs from the team's recommendation. Record the exceptional"
              + " circumstances that justify it.");
    }
    DelayCause cause =
        delayCause == null || delayCause.isBlank()
            ? null
            : RatingEntry.choice(DelayCause.class, delayCause, "delayCause", "the cause of delay");
    EligibilityDecision decision;
    try {
      decision =
          chcCase.decide(
              eligible, steps.today(), steps.callerName(), reasons, reasonsForDeparting, cause);
    } catch (ChcRuleException refused) {
      throw new InvalidInputException(
          eligible && cause == null ? "delayCause" : "eligible", refused.getMessage());
    }
    steps.complete(
        chcCase,
        step,
        Map.of(
            "eligible",
            eligible,
            "fncToConsider",
            ChcReferrals.fncWouldBeConsidered(chcCase),
            // A decision that someone is not (or no longer) eligible may be disputed: the process
            // waits six months from the letter for a request for local resolution.
            "disputable",
            !eligible,
            "localResolutionBy",
            ChcSteps.endOf(decision.decidedOn().plusMonths(ChcCase.LOCAL_RESOLUTION_MONTHS))));
    steps.audit(
        "CHC_ELIGIBILITY_DECIDED",
        id,
        (eligible ? "eligible" : "not eligible")
            + (decision.departure().isPresent() ? "; departs from the recommendation" : "")
            + decision.refundPeriod().map(r -> "; refund of " + r.days() + " days").orElse(""));
    return decision;
  }
}
