package uk.nhs.icb.caseworkflows.chc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.assessed;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.carePackage;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.decided;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.fastTracked;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseFixtures.referred;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.chc.application.ChcFigures.Measure;
import uk.nhs.icb.caseworkflows.chc.domain.CareReview;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.ChallengeOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.chc.domain.RecommendedOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.ReviewOutcome;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/**
 * The quarterly return on a known set of cases, Q3 2026/27 (1 October to 31 December 2026): the
 * exact counts the return needs, cases either side of the quarter's edges left out, and the same
 * counts as the governing body sees them (0 as 0, 1 to 7 as *, 8 and over to the nearest 5).
 */
class ChcFiguresTest {

  private static final ReportingPeriod Q3 = ReportingPeriod.quarter(2026, 3);

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }

  private static List<ChcCase> knownCases() {
    List<ChcCase> cases = new ArrayList<>();
    // Eight referred and found eligible within 28 days; five assessed in hospital. Three of them
    // have a personal health budget in force on 31 December.
    for (int i = 0; i < 8; i++) {
      ChcCase eligible =
          decided(
              day(10, 1 + i),
              day(10, 20 + i),
              true,
              i < 5 ? CareSetting.HOSPITAL : CareSetting.OWN_HOME);
      eligible.arrangeCare(carePackage(day(10, 20 + i), "1000.00", i < 3));
      cases.add(eligible);
    }
    // A ninth, eligible, with a budget that starts only in January: not in force at quarter end.
    ChcCase budgetLater = decided(day(11, 2), day(11, 20), true, CareSetting.OWN_HOME);
    budgetLater.arrangeCare(carePackage(LocalDate.of(2027, 1, 4), "900.00", true));
    cases.add(budgetLater);
    // Referred on 1 October, decided not eligible on 15 November (late), then local resolution.
    ChcCase notEligible = decided(day(10, 1), day(11, 15), false, CareSetting.HOSPITAL);
    notEligible.requestLocalResolution(day(11, 15), day(12, 1), "Wrong evidence.");
    cases.add(notEligible);
    // Referred 1 November, still undecided at 31 December: incomplete after more than 28 days.
    cases.add(referred(day(11, 1), CareSetting.OWN_HOME));
    // Referred 20 December: undecided but day 28 is in January, so not yet late.
    cases.add(referred(day(12, 20), CareSetting.OWN_HOME));
    // Referred 3 December, closed (died) on 30 December before a decision: not incomplete.
    ChcCase died = referred(day(12, 3), CareSetting.HOSPITAL);
    died.close(day(12, 30), ClosureReason.DIED);
    cases.add(died);
    // Two Fast Track cases in the quarter; one closed (died) on 31 December, so on the quarter's
    // last day only the other is eligible.
    cases.add(fastTracked(day(12, 5)));
    ChcCase fastTrackDied = fastTracked(day(12, 6));
    fastTrackDied.close(day(12, 31), ClosureReason.DIED);
    cases.add(fastTrackDied);
    // Edges: referred and decided in Q2 (30 September), and a decision on 1 January 2027.
    ChcCase before = decided(day(9, 1), day(9, 30), true, CareSetting.OWN_HOME);
    cases.add(before);
    ChcCase after = decided(day(12, 10), LocalDate.of(2027, 1, 1), true, CareSetting.HOSPITAL);
    cases.add(after);
    // Eligible since July; a review in October arranged a reassessment, which found the person no
    // longer eligible in November.
    ChcCase reassessed = decided(day(7, 1), day(7, 20), true, CareSetting.OWN_HOME);
    reassessed.arrangeCare(carePackage(day(7, 20), "800.00", false));
    reassessed.recordReview(
        new CareReview(
            day(10, 15), "rachel.green", ReviewOutcome.REASSESSMENT, "Needs much reduced.", null),
        null);
    assessed(reassessed, RecommendedOutcome.NOT_ELIGIBLE, day(11, 5));
    reassessed.decide(false, day(11, 5), "panel", "Needs met by social care.", null, null);
    cases.add(reassessed);
    // FNC decided payable for someone not eligible in a nursing home, on 2 December.
    ChcCase fnc = decided(day(9, 2), day(9, 25), false, CareSetting.CARE_HOME_WITH_NURSING);
    fnc.recordNursingCareDecision(true, "Nursing needs met by the home.", day(12, 2));
    cases.add(fnc);
    return cases;
  }

  @Test
  void theReturnCountsEachMeasureExactlyForTheQuarter() {
    ExactFigures figures = ChcFigures.quarterlyReturn(Q3, knownCases());

    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put(Measure.REFERRALS.label(), 14L); // 8 + 1 + 1 + 1 + 1 + died + after
    expected.put(Measure.COMPLETED_WITHIN_28_DAYS.label(), 9L);
    expected.put(Measure.INCOMPLETE_OVER_28_DAYS.label(), 1L);
    expected.put(Measure.ELIGIBLE_STANDARD.label(), 10L); // 9 in Q3 + the one from Q2
    expected.put(Measure.ELIGIBLE_FAST_TRACK.label(), 1L);
    expected.put(Measure.FAST_TRACK_REFERRALS.label(), 2L);
    expected.put(Measure.NOT_ELIGIBLE.label(), 1L);
    expected.put(Measure.NO_LONGER_ELIGIBLE.label(), 1L);
    expected.put(Measure.LOCAL_RESOLUTIONS.label(), 1L);
    expected.put(Measure.PERSONAL_HEALTH_BUDGETS.label(), 3L);
    expected.put(Measure.FNC_PAYABLE.label(), 1L);
    expected.put(Measure.DST_ACUTE.label(), 6L); // five eligible + the not eligible
    expected.put(Measure.DST_OTHER.label(), 5L); // three eligible + budgetLater + reassessment
    assertThat(figures.counts()).containsExactlyEntriesOf(expected);
    assertThat(figures.heading().period().label()).isEqualTo("Q3 2026/27");
  }

  @Test
  void theGoverningBodySeesTheSameCountsThroughTheSmallNumberRule() {
    PublishedFigures published = ChcFigures.quarterlyReturn(Q3, knownCases()).published();

    Map<String, String> shown = new LinkedHashMap<>();
    published.counts().forEach((measure, count) -> shown.put(measure, count.shown()));
    assertThat(shown)
        .containsEntry(Measure.REFERRALS.label(), "15")
        .containsEntry(Measure.COMPLETED_WITHIN_28_DAYS.label(), "10")
        .containsEntry(Measure.ELIGIBLE_STANDARD.label(), "10")
        .containsEntry(Measure.INCOMPLETE_OVER_28_DAYS.label(), "*")
        .containsEntry(Measure.DST_ACUTE.label(), "*")
        .containsEntry(Measure.PERSONAL_HEALTH_BUDGETS.label(), "*");
    assertThat(shown.values()).doesNotContain("1", "2", "3", "5", "6", "7", "9", "14");
    assertThat(published.hasSuppressedCounts()).isTrue();
  }

  @Test
  void aQuarterWithNothingShowsZeroesNotStars() {
    ExactFigures empty = ChcFigures.quarterlyReturn(ReportingPeriod.quarter(2025, 1), knownCases());

    assertThat(empty.counts().values()).containsOnly(0L);
    assertThat(empty.published().counts().values())
        .allSatisfy(count -> assertThat(count.shown()).isEqualTo("0"));
    assertThat(empty.counts()).hasSize(Measure.values().length);
  }

  @Test
  void aChallengeOutcomeDoesNotCountAsANewRequest() {
    List<ChcCase> cases = new ArrayList<>();
    ChcCase notEligible = decided(day(10, 1), day(10, 20), false, CareSetting.OWN_HOME);
    notEligible.requestLocalResolution(day(10, 20), day(10, 25), "Disagree.");
    notEligible.recordChallengeOutcome(ChallengeOutcome.DECISION_STANDS, day(11, 20), "Stands.");
    cases.add(notEligible);

    assertThat(ChcFigures.quarterlyReturn(Q3, cases).count(Measure.LOCAL_RESOLUTIONS.label()))
        .isEqualTo(1);
  }
}
