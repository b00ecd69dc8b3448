package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.carePackage;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.decided;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.fastTracked;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A case after eligibility: Fast Track, the package and its history, reviews that never remove
 * eligibility, local resolution and independent review, and each reason for closing.
 */
class ChcAfterEligibilityTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);
  private static final LocalDate DECIDED = LocalDate.of(2026, 12, 10);

  @Test
  void aFastTrackToolEstablishesEligibilityOnTheDayItIsReceivedWithNoAssessment() {
    ChcCase chcCase = fastTracked(RECEIVED);

    assertThat(chcCase.isFastTrack()).isTrue();
    assertThat(chcCase.isEligibleNow()).isTrue();
    assertThat(chcCase.eligibleFrom()).contains(RECEIVED);
    assertThat(chcCase.clock()).as("no 28 days").isEmpty();
    assertThat(chcCase.checklist()).isEmpty();
    assertThat(chcCase.fastTrack().orElseThrow().registration()).isEqualTo("GMC 7012345");
  }

  @Test
  void aFastTrackToolWithoutTheRegistrationOrTheReasonIsRefused() {
    assertThatThrownBy(() -> new FastTrackTool("Dr Laura Bennett", " ", "Decline.", RECEIVED))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("professional registration");
    assertThatThrownBy(() -> new FastTrackTool("Dr Laura Bennett", "GMC 7012345", "", RECEIVED))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void everyChangeToThePackageIsKeptWithWhoWhenAndWhy() {
    ChcCase chcCase = decided(RECEIVED, DECIDED, true, CareSetting.OWN_HOME);
    chcCase.arrangeCare(carePackage(DECIDED, "1200.00", false));
    CarePackage changed =
        new CarePackage(
            "Greenacre Nursing Home",
            CareSetting.CARE_HOME_WITH_NURSING,
            new BigDecimal("1650.50"),
            LocalDate.of(2027, 3, 1),
            true,
            Instant.parse("2027-02-20T11:00:00Z"),
            "rachel.green",
            "Moved to a nursing home at the review");

    chcCase.arrangeCare(changed);

    assertThat(chcCase.carePackageHistory()).hasSize(2);
    assertThat(chcCase.carePackage()).contains(changed);
    assertThat(chcCase.carePackageOn(LocalDate.of(2027, 2, 28)).orElseThrow().weeklyCost())
        .isEqualByComparingTo("1200.00");
    assertThat(chcCase.carePackageOn(LocalDate.of(2027, 3, 1)).orElseThrow().reason())
        .isEqualTo("Moved to a nursing home at the review");
  }

  @Test
  void aPackageWithANegativeCostOrStartingBeforeEligibilityIsRefused() {
    ChcCase chcCase = decided(RECEIVED, DECIDED, true, CareSetting.OWN_HOME);

    assertThatThrownBy(() -> carePackage(DECIDED, "-1.00", false))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("A weekly cost cannot be negative.");
    assertThatThrownBy(() -> chcCase.arrangeCare(carePackage(DECIDED.minusDays(1), "10", false)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("before eligibility began on Thursday 10 December 2026");
    assertThat(chcCase.carePackageHistory()).isEmpty();
  }

  @Test
  void noPackageForSomeoneNotEligible() {
    ChcCase chcCase = decided(RECEIVED, DECIDED, false, CareSetting.OWN_HOME);

    assertThatThrownBy(() -> chcCase.arrangeCare(carePackage(DECIDED, "10", false)))
        .isInstanceOf(ChcRuleException.class);
  }

  @Test
  void aReviewConfirmsOrChangesThePackageAndSetsTheNextWithinTwelveMonths() {
    ChcCase chcCase = decided(RECEIVED, DECIDED, true, CareSetting.OWN_HOME);
    chcCase.arrangeCare(carePackage(DECIDED, "1200.00", false));
    LocalDate held = LocalDate.of(2027, 3, 1);

    assertThatThrownBy(
            () ->
                chcCase.recordReview(
                    new CareReview(
                        held,
                        "rachel.green",
                        ReviewOutcome.CONFIRMED,
                        "Fine.",
                        held.plusMonths(13)),
                    null))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("within 12 months");
    assertThatThrownBy(
            () ->
                chcCase.recordReview(
                    new CareReview(
                        held,
                        "rachel.green",
                        ReviewOutcome.PACKAGE_CHANGED,
                        "More.",
                        held.plusYears(1)),
                    null))
        .isInstanceOf(ChcRuleException.class);

    chcCase.recordReview(
        new CareReview(
            held, "rachel.green", ReviewOutcome.PACKAGE_CHANGED, "More care.", held.plusYears(1)),
        carePackage(held, "1500.00", true));

    assertThat(chcCase.reviews()).hasSize(1);
    assertThat(chcCase.carePackage().orElseThrow().personalHealthBudget()).isTrue();
    assertThat(chcCase.isEligibleNow()).isTrue();
  }

  @Test
  void aReviewNeverRemovesEligibilityOnlyAReassessmentAndTheIcbsDecisionCan() {
    ChcCase chcCase = decided(RECEIVED, DECIDED, true, CareSetting.OWN_HOME);
    chcCase.arrangeCare(carePackage(DECIDED, "1200.00", false));
    LocalDate held = LocalDate.of(2027, 3, 1);

    chcCase.recordReview(
        new CareReview(held, "rachel.green", ReviewOutcome.REASSESSMENT, "Much improved.", null),
        null);

    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.IN_FULL_ASSESSMENT);
    assertThat(chcCase.isReassessing()).isTrue();
    assertThat(chcCase.isEligibleNow()).as("funded until the ICB decides").isTrue();
    assertThat(chcCase.clock().orElseThrow().start()).isEqualTo(ClockStart.REASSESSMENT);
    assertThat(chcCase.clock().orElseThrow().decisionDueBy()).isEqualTo(held.plusDays(28));
    assertThat(chcCase.decisionSupportTool().ratings()).as("a new tool").isEmpty();

    ChcCaseFixtures.assessed(chcCase, RecommendedOutcome.NOT_ELIGIBLE, held.plusDays(40));
    chcCase.decide(false, held.plusDays(40), "panel", "Needs now met by social care.", null, null);
    assertThat(chcCase.noLongerEligibleOn()).contains(held.plusDays(40));
    assertThat(chcCase.isEligibleNow()).isFalse();
    assertThat(chcCase.decision().orElseThrow().refundPeriod()).as("no refund").isEmpty();
    assertThat(chcCase.firstDecidedOn()).contains(DECIDED);

    chcCase.close(held.plusDays(230));
    assertThat(chcCase.closureReason()).contains(ClosureReason.NO_LONGER_ELIGIBLE);
  }

  @Test
  void localResolutionIsAskedWithinSixMonthsOfTheDecisionAndCanReopenIt() {
    ChcCase chcCase = decided(RECEIVED, DECIDED, false, CareSetting.OWN_HOME);

    assertThatThrownBy(
            () -> chcCase.requestLocalResolution(DECIDED, DECIDED.plusMonths(6).plusDays(1), "x"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("within six months");
    assertThatThrownBy(() -> chcCase.requestLocalResolution(DECIDED.minusDays(1), DECIDED, "x"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("was made on Thursday 10 December 2026");
    chcCase.requestLocalResolution(DECIDED, DECIDED.plusMonths(6), "Wrong evidence considered.");
    assertThatThrownBy(() -> chcCase.requestLocalResolution(DECIDED, DECIDED.plusMonths(6), "y"))
        .hasMessage("A request about this decision is already open.");

    LocalDate reopened = LocalDate.of(2027, 6, 20);
    chcCase.recordChallengeOutcome(
        ChallengeOutcome.DECISION_REOPENED, reopened, "Evidence missed.");

    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.IN_FULL_ASSESSMENT);
    assertThat(chcCase.clock().orElseThrow().start()).isEqualTo(ClockStart.DECISION_REOPENED);
    assertThat(chcCase.challenges().get(0).outcomeOn()).contains(reopened);
    assertThat(chcCase.isReassessing()).as("never eligible: not a reassessment").isFalse();
  }

  @Test
  void thereIsNothingToDisputeBeforeADecisionOrAfterAnEligibleOne() {
    ChcCase inAssessment = ChcCaseFixtures.referred(RECEIVED, CareSetting.OWN_HOME);
    assertThatThrownBy(() -> inAssessment.requestLocalResolution(DECIDED, DECIDED, "x"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("no eligibility decision");
    ChcCase eligible = decided(RECEIVED, DECIDED, true, CareSetting.OWN_HOME);
    assertThatThrownBy(() -> eligible.requestLocalResolution(DECIDED, DECIDED, "x"))
        .isInstanceOf(ChcRuleException.class);
    assertThatThrownBy(() -> fastTracked(RECEIVED).requestLocalResolution(RECEIVED, RECEIVED, "x"))
        .isInstanceOf(ChcRuleException.class);
  }

  @Test
  void independentReviewFollowsALocalResolutionThatLeftTheDecisionStanding() {
    ChcCase chcCase = decided(RECEIVED, DECIDED, false, CareSetting.OWN_HOME);
    assertThatThrownBy(() -> chcCase.requestIndependentReview(DECIDED, DECIDED, "x"))
        .hasMessageContaining("follows local resolution");

    chcCase.requestLocalResolution(DECIDED, DECIDED.plusDays(10), "Disagree.");
    chcCase.recordChallengeOutcome(
        ChallengeOutcome.DECISION_STANDS, DECIDED.plusDays(40), "Evidence reviewed.");
    chcCase.requestIndependentReview(DECIDED, DECIDED.plusDays(50), "Still disagree.");

    assertThat(chcCase.openChallenge().orElseThrow().stage())
        .isEqualTo(ChallengeStage.INDEPENDENT_REVIEW);
    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.DECIDED);
  }

  @ParameterizedTest
  @EnumSource(
      value = ClosureReason.class,
      names = {"DIED", "MOVED_OUT_OF_AREA", "WITHDRAWN"})
  void staffCloseForTheirReasonsAtAnyPointAndTheDayIsKept(ClosureReason reason) {
    for (ChcCase chcCase :
        new ChcCase[] {
          ChcCaseFixtures.referred(RECEIVED, CareSetting.HOSPITAL),
          fastTracked(RECEIVED),
          decided(RECEIVED, DECIDED, true, CareSetting.OWN_HOME)
        }) {
      chcCase.close(DECIDED.plusDays(3), reason);

      assertThat(chcCase.closedOn()).contains(DECIDED.plusDays(3));
      assertThat(chcCase.closureReason()).contains(reason);
      assertThatThrownBy(() -> chcCase.arrangeCare(carePackage(DECIDED, "1", false)))
          .hasMessageContaining("closed on");
    }
  }

  @Test
  void theProcessClosesForNotEligibleOrDeclinedButNotWhileAssessing() {
    ChcCase notEligible = decided(RECEIVED, DECIDED, false, CareSetting.OWN_HOME);
    notEligible.close(DECIDED.plusMonths(6));
    assertThat(notEligible.closureReason()).contains(ClosureReason.NOT_ELIGIBLE);

    ChcCase assessing = ChcCaseFixtures.referred(RECEIVED, CareSetting.HOSPITAL);
    assertThatThrownBy(() -> assessing.close(DECIDED)).isInstanceOf(ChcRuleException.class);
    assessing.declineAssessment();
    assessing.close(DECIDED);
    assertThat(assessing.closureReason()).contains(ClosureReason.ASSESSMENT_DECLINED);
    assertThat(EnumSet.allOf(ClosureReason.class).stream().filter(ClosureReason::chosenByStaff))
        .containsExactly(
            ClosureReason.DIED, ClosureReason.MOVED_OUT_OF_AREA, ClosureReason.WITHDRAWN);
  }
}
