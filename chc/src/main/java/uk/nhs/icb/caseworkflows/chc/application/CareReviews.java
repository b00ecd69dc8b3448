package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.CareReview;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.chc.domain.ReviewOutcome;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * A review of an eligible person's care, recorded by a nurse assessor: it confirms the package,
 * changes it (the new version recorded with the review), or arranges a full reassessment with its
 * own 28 days. A review never removes eligibility. The next review is due within 12 months.
 */
@ApplicationScoped
public class CareReviews {

  private final ChcSteps steps;

  @Inject
  public CareReviews(ChcSteps steps) {
    this.steps = steps;
  }

  protected CareReviews() {
    this(null);
  }

  @Transactional
  public ChcCase record(
      String id,
      Long versionSeen,
      LocalDate heldOn,
      String outcome,
      String notes,
      LocalDate nextReviewBy,
      CarePackageEntry changedPackage) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    CaseTask step = steps.openStep(chcCase, ChcTask.REVIEW_CARE, "a review of the care");
    LocalDate today = steps.today();
    if (heldOn == null) {
      throw new InvalidInputException("heldOn", "Give the day the review was held.");
    }
    if (heldOn.isAfter(today)) {
      throw new InvalidInputException("heldOn", "Record a review once it has been held.");
    }
    if (chcCase.eligibleFrom().map(heldOn::isBefore).orElse(false)) {
      throw new InvalidInputException(
          "heldOn", "A review of the care cannot be held before eligibility began.");
    }
    ReviewOutcome found =
        RatingEntry.choice(ReviewOutcome.class, outcome, "outcome", "what the review found");
    if (notes == null || notes.isBlank()) {
      throw new InvalidInputException("notes", "Say what the review found.");
    }
    LocalDate next = null;
    if (found != ReviewOutcome.REASSESSMENT) {
      next = nextReviewBy == null ? heldOn.plusMonths(CareArrangement.REVIEW_MONTHS) : nextReviewBy;
      if (!next.isAfter(today)) {
        throw new InvalidInputException(
            "nextReviewBy", "The next review cannot be due today or in the past.");
      }
    }
    CarePackage newPackage = null;
    if (found == ReviewOutcome.PACKAGE_CHANGED) {
      if (changedPackage == null) {
        throw new InvalidInputException("package", "Give the package as the review changed it.");
      }
      newPackage = changedPackage.toPackage("package.", steps.now(), steps.callerName(), null);
    } else if (changedPackage != null) {
      throw new InvalidInputException(
          "package", "Only a review that changes the package gives a new one.");
    }
    CareReview review = new CareReview(heldOn, steps.callerName(), found, notes.strip(), next);
    if (newPackage != null) {
      CareArrangement.requireStartWithinEligibility(chcCase, newPackage, "package.", today);
    }
    try {
      chcCase.recordReview(review, newPackage);
    } catch (ChcRuleException refused) {
      if (found == ReviewOutcome.REASSESSMENT || next == null) {
        throw refused;
      }
      throw new InvalidInputException("nextReviewBy", refused.getMessage());
    }
    Map<String, Object> flags = new HashMap<>();
    flags.put("reviewOutcome", found.name());
    if (next != null) {
      flags.put("reviewDue", ChcSteps.endOf(next));
    } else {
      flags.put("decisionDue", ChcSteps.endOf(chcCase.clock().orElseThrow().decisionDueBy()));
    }
    steps.complete(chcCase, step, flags);
    steps.audit("CHC_CARE_REVIEWED", id, found.name());
    return chcCase;
  }
}
