package uk.nhs.icb.caseworkflows.chc.domain;

import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.AWAITING_CHECKLIST;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.DECIDED;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.IN_FULL_ASSESSMENT;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.SCREENED_OUT;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * An NHS Continuing Healthcare case from referral to the ICB's decision. An adult is referred by
 * Checklist or straight to full assessment. A negative Checklist ends the case there (not eligible
 * now; the letter gives the reasons and the right to ask for reconsideration). A positive one, or a
 * direct referral, starts the 28-day {@link AssessmentClock} and the {@link DecisionSupportTool}
 * the team fills in; the ICB then decides on the team's recommendation, and a late eligible
 * decision it caused records the refund period. Anyone found not eligible is checked for NHS-funded
 * Nursing Care. The root decides which step may come next; its parts keep their rules.
 *
 * <p>Plain Java for now: the JPA mapping, audit and process arrive with the application layer.
 */
public class ChcCase {

  private final Referral referral;
  private final DecisionSupportTool decisionSupportTool = new DecisionSupportTool();
  private ChcCaseStatus status;
  private Checklist checklist;
  private ChecklistOutcome checklistOutcome;
  private AssessmentClock clock;
  private EligibilityDecision decision;

  private ChcCase(Referral referral) {
    this.referral = referral;
  }

  /**
   * Opens a case on an adult's referral; a referral straight to full assessment starts the clock.
   */
  public static ChcCase refer(Referral referral) {
    Objects.requireNonNull(referral, "referral");
    ChcCase chcCase = new ChcCase(referral);
    switch (referral.route()) {
      case CHECKLIST -> chcCase.status = AWAITING_CHECKLIST;
      case FULL_ASSESSMENT -> {
        chcCase.clock = referral.startClock();
        chcCase.status = IN_FULL_ASSESSMENT;
      }
      case FAST_TRACK ->
          throw new UnsupportedOperationException("the Fast Track pathway is not built yet");
    }
    return chcCase;
  }

  /**
   * Records the completed Checklist as the ICB received it and applies its thresholds: positive
   * starts the 28 days from {@code receivedOn}, negative ends the case.
   */
  public ChecklistOutcome recordChecklist(Checklist completed, LocalDate receivedOn) {
    if (status != AWAITING_CHECKLIST) {
      throw new ChcRuleException(
          "This case is not waiting for a Checklist: it is " + describeStatus() + ".");
    }
    if (receivedOn.isBefore(completed.completedOn())) {
      throw new ChcRuleException(
          "The Checklist cannot reach the ICB on "
              + Text.day(receivedOn)
              + ", before it was completed on "
              + Text.day(completed.completedOn())
              + ".");
    }
    ChecklistOutcome outcome = completed.outcome();
    this.checklist = completed;
    this.checklistOutcome = outcome;
    if (outcome.isPositive()) {
      this.clock = new AssessmentClock(receivedOn, ClockStart.POSITIVE_CHECKLIST);
      this.status = IN_FULL_ASSESSMENT;
    } else {
      this.status = SCREENED_OUT;
    }
    return outcome;
  }

  /** The team's tool, open while the case is in full assessment. */
  public DecisionSupportTool decisionSupportTool() {
    if (status != IN_FULL_ASSESSMENT && status != DECIDED) {
      throw new ChcRuleException(
          "There is no full assessment in this case: it is " + describeStatus() + ".");
    }
    return decisionSupportTool;
  }

  /**
   * Records the ICB's decision on the team's recommendation. Departing from the recommendation
   * needs reasons; a decision after the 28 days needs the cause of the delay when it is eligible.
   */
  public EligibilityDecision decide(
      boolean eligible, LocalDate decidedOn, String reasonsForDeparting, DelayCause delayCause) {
    if (status == DECIDED) {
      throw new ChcRuleException("Eligibility in this case is already decided.");
    }
    if (status != IN_FULL_ASSESSMENT) {
      throw new ChcRuleException(
          "Eligibility is decided after a full assessment; this case is " + describeStatus() + ".");
    }
    MdtRecommendation recommendation =
        decisionSupportTool
            .recommendation()
            .orElseThrow(
                () ->
                    new ChcRuleException(
                        "The ICB decides on the team's recommendation, and the Decision Support"
                            + " Tool has none yet."));
    boolean departs = eligible != (recommendation.outcome() == RecommendedOutcome.ELIGIBLE);
    if (departs && (reasonsForDeparting == null || reasonsForDeparting.isBlank())) {
      throw new ChcRuleException(
          "This decision differs from the team's recommendation. Record the exceptional"
              + " circumstances that justify it.");
    }
    RefundPeriod refund = clock.refundPeriod(decidedOn, eligible, delayCause).orElse(null);
    this.decision =
        new EligibilityDecision(eligible, decidedOn, departs ? reasonsForDeparting : null, refund);
    this.status = DECIDED;
    return decision;
  }

  /**
   * Whether NHS-funded Nursing Care must now be considered: for anyone found not eligible, by a
   * negative Checklist or by the ICB's decision, who lives in or is going to a care home with
   * nursing.
   */
  public NursingCareConsideration nursingCareConsideration(
      CareSetting livesIn, CareSetting goingTo) {
    if (status == SCREENED_OUT) {
      return NursingCareConsideration.after(false, livesIn, goingTo);
    }
    if (status == DECIDED) {
      return NursingCareConsideration.after(decision.eligible(), livesIn, goingTo);
    }
    throw new ChcRuleException(
        "NHS-funded Nursing Care is considered once eligibility is settled; this case is "
            + describeStatus()
            + ".");
  }

  private String describeStatus() {
    return switch (status) {
      case AWAITING_CHECKLIST -> "waiting for its Checklist";
      case SCREENED_OUT -> "closed after a negative Checklist";
      case IN_FULL_ASSESSMENT -> "in full assessment";
      case DECIDED -> "decided";
    };
  }

  public Referral referral() {
    return referral;
  }

  public ChcCaseStatus status() {
    return status;
  }

  public Optional<Checklist> checklist() {
    return Optional.ofNullable(checklist);
  }

  public Optional<ChecklistOutcome> checklistOutcome() {
    return Optional.ofNullable(checklistOutcome);
  }

  public Optional<AssessmentClock> clock() {
    return Optional.ofNullable(clock);
  }

  public Optional<EligibilityDecision> decision() {
    return Optional.ofNullable(decision);
  }
}
