package uk.nhs.icb.caseworkflows.chc.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness.later;
import static uk.nhs.icb.caseworkflows.chc.process.model.ChcProcessHarness.DECISION_DUE;
import static uk.nhs.icb.caseworkflows.chc.process.model.ChcProcessHarness.PACKAGE_DUE;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * chc.bpmn after eligibility, with the engine's clock moved: Fast Track straight to its package,
 * the package and its reviews (the 3-month then the annual one, their timers surviving a restart of
 * the engine on the same database), a review that arranges a reassessment, local resolution and NHS
 * England's independent review, and closure.
 */
class ChcCareProcessTest {

  /** Three months after the decision of 20 November 2026, at the end of the day. */
  private static final Date FIRST_REVIEW_DUE = Date.from(Instant.parse("2027-02-20T17:00:00Z"));

  /** Twelve months after a review held on the first review's due day. */
  private static final Date ANNUAL_REVIEW_DUE = Date.from(Instant.parse("2028-02-20T17:00:00Z"));

  /** Six months after the decision letter of 20 November 2026. */
  private static final Date LOCAL_RESOLUTION_BY = Date.from(Instant.parse("2027-05-20T17:00:00Z"));

  private ChcProcessHarness chc;

  @BeforeEach
  void startEngine() {
    chc = new ChcProcessHarness();
  }

  @AfterEach
  void stopEngine() {
    chc.close();
  }

  @Test
  void fastTrackGoesStraightToItsPackageWithNoConsentStepChecklistOrAssessment() {
    chc.referFastTrack();

    assertThat(chc.openTasks()).containsExactly("Arrange the Fast Track care package");
    assertThat(chc.openTask("Arrange the Fast Track care package").getDueDate())
        .isEqualTo(PACKAGE_DUE);
    assertThat(chc.waitingTimers()).containsExactly("fast-track-package-late");
  }

  @Test
  void aFastTrackPackageInTimeFlagsNothingAndTheFirstReviewWaits() {
    chc.referFastTrack();
    chc.passTime(later(PACKAGE_DUE, -60));

    chc.complete("Arrange the Fast Track care package", Map.of("reviewDue", FIRST_REVIEW_DUE));

    assertThat(chc.asked()).containsExactly("letter chc-care-package");
    assertThat(chc.openTasks()).containsExactly("Review the care");
    assertThat(chc.waitingTimers()).containsExactly("review-overdue");
  }

  @Test
  void aLateFastTrackPackageIsFlaggedOnceAndCanStillBeArranged() {
    chc.referFastTrack();

    chc.passTime(later(PACKAGE_DUE, 1));

    assertThat(chc.asked()).containsExactly("breach FAST_TRACK_PACKAGE_LATE");
    assertThat(chc.openTasks()).containsExactly("Arrange the Fast Track care package");
    assertThat(chc.waitingTimers()).isEmpty();
    chc.complete("Arrange the Fast Track care package", Map.of("reviewDue", FIRST_REVIEW_DUE));
    assertThat(chc.asked())
        .containsExactly("breach FAST_TRACK_PACKAGE_LATE", "letter chc-care-package");
  }

  @Test
  void theThreeMonthThenTheAnnualReviewAreKeptByTimersThatSurviveARestart() {
    chc.eligibleAfterFullAssessment();
    chc.complete("Arrange the care package", Map.of("reviewDue", FIRST_REVIEW_DUE));

    chc.restart();
    chc.passTime(later(FIRST_REVIEW_DUE, -60));
    assertThat(chc.asked()).doesNotContain("breach REVIEW_OVERDUE");
    assertThat(chc.openTask("Review the care").getDueDate()).isEqualTo(FIRST_REVIEW_DUE);

    chc.restart();
    chc.passTime(later(FIRST_REVIEW_DUE, 1));
    assertThat(chc.asked()).containsOnlyOnce("breach REVIEW_OVERDUE");
    assertThat(chc.openTasks()).containsExactly("Review the care");

    chc.complete(
        "Review the care", Map.of("reviewOutcome", "CONFIRMED", "reviewDue", ANNUAL_REVIEW_DUE));
    chc.restart();
    assertThat(chc.openTask("Review the care").getDueDate()).isEqualTo(ANNUAL_REVIEW_DUE);
    assertThat(chc.waitingTimers()).containsExactly("review-overdue");
    chc.passTime(later(ANNUAL_REVIEW_DUE, -60));
    assertThat(chc.asked()).containsOnlyOnce("breach REVIEW_OVERDUE");

    chc.restart();
    chc.passTime(later(ANNUAL_REVIEW_DUE, 1));
    assertThat(chc.asked())
        .containsExactly(
            "letter chc-eligibility-decision",
            "letter chc-care-package",
            "breach REVIEW_OVERDUE",
            "breach REVIEW_OVERDUE");
  }

  @Test
  void aReviewThatChangesThePackageSendsItsLetterAndWaitsForTheNextReview() {
    chc.eligibleAfterFullAssessment();
    chc.complete("Arrange the care package", Map.of("reviewDue", FIRST_REVIEW_DUE));

    chc.complete(
        "Review the care",
        Map.of("reviewOutcome", "PACKAGE_CHANGED", "reviewDue", ANNUAL_REVIEW_DUE));

    assertThat(chc.asked())
        .containsExactly(
            "letter chc-eligibility-decision",
            "letter chc-care-package",
            "letter chc-care-package");
    assertThat(chc.openTask("Review the care").getDueDate()).isEqualTo(ANNUAL_REVIEW_DUE);
  }

  @Test
  void aReviewThatFindsNeedsChangedArrangesAFullReassessmentWithItsOwnTwentyEightDays() {
    chc.eligibleAfterFullAssessment();
    chc.complete("Arrange the care package", Map.of("reviewDue", FIRST_REVIEW_DUE));
    Date reassessmentDue = later(FIRST_REVIEW_DUE, 28 * 86_400);

    chc.complete(
        "Review the care", Map.of("reviewOutcome", "REASSESSMENT", "decisionDue", reassessmentDue));

    assertThat(chc.openTasks()).containsExactly("Complete the Decision Support Tool");
    assertThat(chc.waitingTimers()).containsExactly("decision-overdue");
    chc.complete("Complete the Decision Support Tool");
    chc.complete(
        "Decide eligibility",
        Map.of(
            "eligible",
            false,
            "disputable",
            true,
            "localResolutionBy",
            later(reassessmentDue, 183 * 86_400)));
    assertThat(chc.waitingTimers()).containsExactly("local-resolution-window-ends");
    chc.passTime(later(reassessmentDue, 200 * 86_400));
    assertThat(chc.asked()).endsWith("letter chc-eligibility-decision", "closed");
    assertThat(chc.isRunning()).isFalse();
  }

  @Test
  void aNotEligibleDecisionWaitsSixMonthsForLocalResolutionThenCloses() {
    chc.notEligibleAfterFullAssessment(LOCAL_RESOLUTION_BY);

    chc.restart();
    chc.passTime(later(LOCAL_RESOLUTION_BY, -60));
    assertThat(chc.isRunning()).isTrue();
    chc.passTime(later(LOCAL_RESOLUTION_BY, 1));

    assertThat(chc.asked()).containsExactly("letter chc-eligibility-decision", "closed");
    assertThat(chc.isRunning()).isFalse();
  }

  @Test
  void aSuccessfulLocalResolutionReopensTheDecisionForANewAssessment() {
    chc.notEligibleAfterFullAssessment(LOCAL_RESOLUTION_BY);

    chc.correlate("chc-local-resolution-requested");
    assertThat(chc.openTasks()).containsExactly("Resolve the request locally");
    assertThat(chc.waitingTimers()).isEmpty();
    chc.complete(
        "Resolve the request locally",
        Map.of("challengeOutcome", "DECISION_REOPENED", "decisionDue", DECISION_DUE));

    assertThat(chc.openTasks()).containsExactly("Complete the Decision Support Tool");
    assertThat(chc.asked()).containsExactly("letter chc-eligibility-decision");
    chc.complete("Complete the Decision Support Tool");
    chc.complete("Decide eligibility", Map.of("eligible", true, "disputable", false));
    assertThat(chc.openTasks()).containsExactly("Arrange the care package");
  }

  @Test
  void whenTheDecisionStandsTheLetterLeadsToIndependentReviewWhichMayReopenIt() {
    chc.notEligibleAfterFullAssessment(LOCAL_RESOLUTION_BY);
    chc.correlate("chc-local-resolution-requested");

    chc.complete(
        "Resolve the request locally",
        Map.of(
            "challengeOutcome",
            "DECISION_STANDS",
            "independentReviewBy",
            later(LOCAL_RESOLUTION_BY, 183 * 86_400)));
    assertThat(chc.asked()).endsWith("letter chc-local-resolution-outcome");
    assertThat(chc.waitingTimers()).containsExactly("independent-review-window-ends");

    chc.correlate("chc-independent-review-requested");
    chc.complete(
        "Record NHS England's independent review",
        Map.of("challengeOutcome", "DECISION_REOPENED", "decisionDue", DECISION_DUE));
    assertThat(chc.openTasks()).containsExactly("Complete the Decision Support Tool");
  }

  @Test
  void anIndependentReviewThatUpholdsTheDecisionSendsItsLetterAndCloses() {
    chc.notEligibleAfterFullAssessment(LOCAL_RESOLUTION_BY);
    chc.correlate("chc-local-resolution-requested");
    chc.complete(
        "Resolve the request locally",
        Map.of(
            "challengeOutcome",
            "DECISION_STANDS",
            "independentReviewBy",
            later(LOCAL_RESOLUTION_BY, 183 * 86_400)));
    chc.correlate("chc-independent-review-requested");

    chc.complete(
        "Record NHS England's independent review", Map.of("challengeOutcome", "DECISION_STANDS"));

    assertThat(chc.asked())
        .containsExactly(
            "letter chc-eligibility-decision",
            "letter chc-local-resolution-outcome",
            "letter chc-independent-review-outcome",
            "closed");
    assertThat(chc.isRunning()).isFalse();
  }

  @Test
  void staffCloseACaseAtAnyPointAndEveryStepAndTimerStops() {
    chc.eligibleAfterFullAssessment();
    chc.complete("Arrange the care package", Map.of("reviewDue", FIRST_REVIEW_DUE));
    assertThat(chc.waitingTimers()).containsExactly("review-overdue");

    chc.correlate("chc-closed-by-staff");

    assertThat(chc.isRunning()).isFalse();
    assertThat(chc.openTasks()).isEmpty();
    assertThat(chc.waitingTimers()).isEmpty();
  }

  @Test
  void staffCloseAFastTrackCaseBeforeItsPackageToo() {
    chc.referFastTrack();

    chc.correlate("chc-closed-by-staff");

    assertThat(chc.isRunning()).isFalse();
    assertThat(chc.asked()).isEmpty();
  }
}
