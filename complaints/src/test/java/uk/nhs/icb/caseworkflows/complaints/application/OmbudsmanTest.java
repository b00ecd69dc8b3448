package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Point 12, the Ombudsman: a referral after the response, its decision (not investigated, upheld,
 * partly upheld, not upheld), each recommendation a tracked action, and the figures of a period for
 * the governing body's report.
 */
class OmbudsmanTest {

  private static final List<ResponseAction> RECOMMENDED =
      List.of(
          new ResponseAction(
              "Apologise in writing for the delay", "Chief Executive", LocalDate.of(2026, 4, 3)));

  @Test
  void aReferralIsRecordedOnlyAfterTheResponse() {
    Complaint planned = ComplaintLetterFixtures.planned();
    AfterResponseFakes fakes = new AfterResponseFakes(planned);
    assertThatThrownBy(
            () -> fakes.ombudsmanReview().refer(planned.id(), LocalDate.of(2026, 3, 5), null))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("after the ICB's response");
    assertThat(fakes.records.referrals).isEmpty();
  }

  @Test
  void anUpheldDecisionsRecommendationsBecomeTrackedActions() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    OmbudsmanReview review = fakes.ombudsmanReview();
    OmbudsmanReferral referral =
        review.refer(complaint.id(), LocalDate.of(2026, 3, 5), "PHSO-0001234");

    review.decide(
        complaint.id(),
        referral.id(),
        OmbudsmanDecision.PARTLY_UPHELD,
        LocalDate.of(2026, 3, 5),
        "The delay was maladministration.",
        RECOMMENDED);

    assertThat(referral.decision()).contains(OmbudsmanDecision.PARTLY_UPHELD);
    assertThat(fakes.records.actions)
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.source()).isEqualTo(LearningAction.Source.OMBUDSMAN);
              assertThat(action.owner()).isEqualTo("Chief Executive");
            });
    assertThat(fakes.started)
        .extracting(AfterResponseFakes.Started::processKey)
        .containsExactly("complaint-action");
    assertThat(fakes.auditedActions())
        .contains("OMBUDSMAN_REFERRAL_RECORDED", "OMBUDSMAN_DECISION_RECORDED", "ACTION_OPENED");
  }

  @Test
  void aDecisionNotUpholdingTheComplaintCarriesNoRecommendationsAndIsRecordedOnce() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    OmbudsmanReview review = fakes.ombudsmanReview();
    OmbudsmanReferral referral = review.refer(complaint.id(), LocalDate.of(2026, 3, 5), null);

    assertThatThrownBy(
            () ->
                review.decide(
                    complaint.id(),
                    referral.id(),
                    OmbudsmanDecision.NOT_UPHELD,
                    LocalDate.of(2026, 3, 5),
                    null,
                    RECOMMENDED))
        .isInstanceOf(ComplaintRuleException.class);
    assertThat(fakes.records.actions).isEmpty();

    review.decide(
        complaint.id(),
        referral.id(),
        OmbudsmanDecision.NOT_INVESTIGATED,
        LocalDate.of(2026, 3, 5),
        null,
        List.of());
    assertThatThrownBy(
            () ->
                review.decide(
                    complaint.id(),
                    referral.id(),
                    OmbudsmanDecision.UPHELD,
                    LocalDate.of(2026, 3, 5),
                    null,
                    List.of()))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void theGoverningBodysReportCountsReferralsAndDecisionsOfThePeriod() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    OmbudsmanReview review = fakes.ombudsmanReview();
    OmbudsmanReferral decided = review.refer(complaint.id(), LocalDate.of(2026, 3, 2), null);
    review.refer(complaint.id(), LocalDate.of(2026, 3, 5), null);
    review.decide(
        complaint.id(),
        decided.id(),
        OmbudsmanDecision.UPHELD,
        LocalDate.of(2026, 3, 4),
        null,
        List.of());

    OmbudsmanFigures.InPeriod march =
        new OmbudsmanFigures(fakes.records)
            .between(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 31));

    assertThat(march.referred()).isEqualTo(1);
    assertThat(march.decided())
        .containsEntry(OmbudsmanDecision.UPHELD, 1L)
        .containsEntry(OmbudsmanDecision.NOT_UPHELD, 0L);
    assertThat(march.decidedInAll()).isEqualTo(1);
  }
}
