package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.chc.domain.ChallengeOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.ChallengeStage;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A person disputes the ICB's decision that they are not eligible: first by local resolution (asked
 * for within six months of the decision letter), then, if the decision stands, by NHS England's
 * independent review. Each request and outcome is recorded with its dates; a successful one reopens
 * the decision for a new full assessment with its own 28 days. The letters say what comes next:
 * independent review, then the Parliamentary and Health Service Ombudsman.
 */
@ApplicationScoped
public class DecisionChallenges {

  static final String LOCAL_RESOLUTION_REQUESTED = "chc-local-resolution-requested";
  static final String INDEPENDENT_REVIEW_REQUESTED = "chc-independent-review-requested";

  private final ChcSteps steps;
  private final ChcSettings settings;

  @Inject
  public DecisionChallenges(ChcSteps steps, ChcSettings settings) {
    this.steps = steps;
    this.settings = settings;
  }

  protected DecisionChallenges() {
    this(null, null);
  }

  @Transactional
  public ChcCase request(
      String id,
      ChallengeStage stage,
      LocalDate disputedDecisionOn,
      LocalDate requestedOn,
      String grounds) {
    ChcCase chcCase = steps.file(id);
    if (disputedDecisionOn == null) {
      throw new InvalidInputException(
          "disputedDecisionOn", "Give the date of the decision letter the request disputes.");
    }
    LocalDate asked = requestedOn == null ? steps.today() : requestedOn;
    if (asked.isAfter(steps.today())) {
      throw new InvalidInputException("requestedOn", "A request cannot be made in future.");
    }
    if (asked.isBefore(disputedDecisionOn)) {
      throw new InvalidInputException(
          "requestedOn", "A request cannot come before the decision it disputes.");
    }
    if (grounds == null || grounds.isBlank()) {
      throw new InvalidInputException("grounds", "Give the grounds of the request.");
    }
    if (stage == ChallengeStage.LOCAL_RESOLUTION
        && asked.isAfter(disputedDecisionOn.plusMonths(ChcCase.LOCAL_RESOLUTION_MONTHS))) {
      throw new InvalidInputException(
          "requestedOn",
          "Local resolution is asked for within six months of the decision letter, by "
              + Text.day(disputedDecisionOn.plusMonths(ChcCase.LOCAL_RESOLUTION_MONTHS))
              + ".");
    }
    try {
      if (stage == ChallengeStage.LOCAL_RESOLUTION) {
        chcCase.requestLocalResolution(disputedDecisionOn, asked, grounds.strip());
      } else {
        chcCase.requestIndependentReview(disputedDecisionOn, asked, grounds.strip());
      }
    } catch (ChcRuleException refused) {
      // What is left is about the decision itself: none to dispute, another date, one already open.
      throw new InvalidInputException("disputedDecisionOn", refused.getMessage());
    }
    chcCase.noteEdit(steps.now(), steps.callerName());
    steps.tellProcess(
        stage == ChallengeStage.LOCAL_RESOLUTION
            ? LOCAL_RESOLUTION_REQUESTED
            : INDEPENDENT_REVIEW_REQUESTED,
        id);
    steps.audit("CHC_" + stage.name() + "_REQUESTED", id, "decision of " + disputedDecisionOn);
    return chcCase;
  }

  @Transactional
  public ChcCase recordOutcome(
      String id,
      Long versionSeen,
      ChallengeStage stage,
      String outcome,
      LocalDate decidedOn,
      String reasons) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    CaseTask step =
        steps.openStep(
            chcCase,
            stage == ChallengeStage.LOCAL_RESOLUTION
                ? ChcTask.RESOLVE_LOCALLY
                : ChcTask.RECORD_INDEPENDENT_REVIEW,
            "the outcome of " + stage.title().toLowerCase(Locale.UK));
    ChallengeOutcome found =
        RatingEntry.choice(ChallengeOutcome.class, outcome, "outcome", "the outcome");
    LocalDate on = decidedOn == null ? steps.today() : decidedOn;
    if (on.isAfter(steps.today())) {
      throw new InvalidInputException("decidedOn", "An outcome cannot be dated in future.");
    }
    if (reasons == null || reasons.isBlank()) {
      throw new InvalidInputException("reasons", "Give the reasons: the letter sets them out.");
    }
    try {
      chcCase.recordChallengeOutcome(found, on, reasons.strip());
    } catch (ChcRuleException refused) {
      throw new InvalidInputException("decidedOn", refused.getMessage());
    }
    Map<String, Object> flags = new HashMap<>();
    flags.put("challengeOutcome", found.name());
    if (found == ChallengeOutcome.DECISION_REOPENED) {
      flags.put("decisionDue", ChcSteps.endOf(chcCase.clock().orElseThrow().decisionDueBy()));
    } else if (stage == ChallengeStage.LOCAL_RESOLUTION) {
      flags.put(
          "independentReviewBy", ChcSteps.endOf(on.plusMonths(settings.independentReviewMonths())));
    }
    steps.complete(chcCase, step, flags);
    steps.audit("CHC_" + stage.name() + "_DECIDED", id, found.name());
    return chcCase;
  }
}
