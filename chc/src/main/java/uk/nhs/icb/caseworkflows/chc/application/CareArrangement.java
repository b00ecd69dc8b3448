package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The care package of someone eligible: arranged once eligibility is established (at once for Fast
 * Track, to the ICB's target), then changed when needed, each version kept with who, when and why.
 * Arranging it completes the open step and sets the first review, three months after eligibility.
 */
@ApplicationScoped
public class CareArrangement {

  /** The first review is within three months of eligibility. */
  static final int FIRST_REVIEW_MONTHS = 3;

  /** Later reviews are at least every twelve months. */
  static final int REVIEW_MONTHS = 12;

  private final ChcSteps steps;

  @Inject
  public CareArrangement(ChcSteps steps) {
    this.steps = steps;
  }

  protected CareArrangement() {
    this(null);
  }

  @Transactional
  public ChcCase arrange(String id, Long versionSeen, CarePackageEntry entry) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    Optional<CaseTask> step =
        steps
            .waitingAt(chcCase, ChcTask.ARRANGE_FAST_TRACK_PACKAGE)
            .or(() -> steps.waitingAt(chcCase, ChcTask.ARRANGE_CARE_PACKAGE));
    boolean first = chcCase.carePackage().isEmpty();
    CarePackage carePackage =
        entry.toPackage(
            "",
            steps.now(),
            steps.callerName(),
            step.isPresent() ? (first ? "Package arranged" : "Package confirmed") : null);
    record(chcCase, carePackage, "", steps.today());
    if (step.isPresent()) {
      steps.complete(
          chcCase, step.get(), Map.of("reviewDue", ChcSteps.endOf(firstReviewDue(chcCase, first))));
    }
    steps.audit(
        "CHC_CARE_PACKAGE_" + (first ? "ARRANGED" : "CHANGED"),
        id,
        carePackage.setting().name()
            + (carePackage.personalHealthBudget() ? "; personal health budget" : ""));
    return chcCase;
  }

  /**
   * Three months after eligibility for a first package; a year on for a package after reassessment.
   */
  private LocalDate firstReviewDue(ChcCase chcCase, boolean first) {
    LocalDate eligibleFrom = chcCase.eligibleFrom().orElseThrow();
    return first
        ? eligibleFrom.plusMonths(FIRST_REVIEW_MONTHS)
        : steps.today().plusMonths(REVIEW_MONTHS);
  }

  /** Puts a new version of the package on the case; a start before eligibility is a 400. */
  static void record(ChcCase chcCase, CarePackage carePackage, String prefix, LocalDate today) {
    requireStartWithinEligibility(chcCase, carePackage, prefix, today);
    chcCase.arrangeCare(carePackage);
  }

  static void requireStartWithinEligibility(
      ChcCase chcCase, CarePackage carePackage, String prefix, LocalDate today) {
    if (carePackage.startsOn().isAfter(today.plusYears(1))) {
      throw new InvalidInputException(
          prefix + "startsOn", "A package is arranged to start within the next year.");
    }
    chcCase
        .eligibleFrom()
        .filter(from -> carePackage.startsOn().isBefore(from))
        .ifPresent(
            from -> {
              throw new InvalidInputException(
                  prefix + "startsOn",
                  "The package cannot start before eligibility began on " + Text.day(from) + ".");
            });
  }
}
