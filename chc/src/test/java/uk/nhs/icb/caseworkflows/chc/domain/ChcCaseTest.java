package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;

/** A case from referral to decision, as the assessor and the panel would see it move. */
class ChcCaseTest {

  private static final LocalDate BORN = LocalDate.of(1941, 5, 3);
  private static final LocalDate COMPLETED = LocalDate.of(2026, 11, 19);
  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

  private static ChcCase referred(ReferralRoute route) {
    return ChcCase.refer(
        "CHC-2026-000001",
        new AffectedPerson("Patrick Doyle", null, BORN, List.of("3 Beech Hill Close"), "LU6 3QR"),
        new Referral(null, BORN, LocalDate.of(2026, 11, 18), route),
        new ReferralSource("Sam Okafor, Discharge Liaison Nurse", CareSetting.HOSPITAL, null));
  }

  private static Checklist checklistWithAIn(ChecklistDomain... inA) {
    Checklist checklist = new Checklist(COMPLETED, "Sam Okafor, Discharge Liaison Nurse");
    List<ChecklistDomain> a = List.of(inA);
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      checklist.rate(
          domain, a.contains(domain) ? ChecklistLevel.A : ChecklistLevel.C, "ward notes");
    }
    return checklist;
  }

  private static void assessAndRecommend(ChcCase chcCase, RecommendedOutcome outcome) {
    DecisionSupportTool dst = chcCase.decisionSupportTool();
    for (CareDomain domain : CareDomain.values()) {
      dst.rate(domain, NeedLevel.HIGH, "MDT meeting of 12 December");
    }
    dst.recordTeam(
        new MultidisciplinaryTeam(
            List.of(
                new MdtMember("Rachel Green", Profession.REGISTERED_NURSE),
                new MdtMember("Ana Silva", Profession.SOCIAL_WORKER))));
    dst.recordIndividualsView(
        new IndividualsView(
            LocalDate.of(2026, 12, 1), ViewGivenBy.THE_INDIVIDUAL, "I want to stay here."));
    dst.recommend(
        new MdtRecommendation(
            outcome,
            new CharacteristicsOfNeed("nature", "intensity", "complexity", "unpredictability"),
            LocalDate.of(2026, 12, 12)));
  }

  @Test
  void aNegativeChecklistEndsTheCaseWithItsReasonsAndNoClock() {
    ChcCase chcCase = referred(ReferralRoute.CHECKLIST);

    ChecklistOutcome outcome =
        chcCase.recordChecklist(checklistWithAIn(ChecklistDomain.MOBILITY), RECEIVED);

    assertThat(outcome.isNegative()).isTrue();
    assertThat(outcome.reasons()).singleElement().asString().startsWith("None of the thresholds");
    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.SCREENED_OUT);
    assertThat(chcCase.clock()).isEmpty();
  }

  @Test
  void aPositiveChecklistStartsThe28DaysFromTheDayTheIcbReceivedIt() {
    ChcCase chcCase = referred(ReferralRoute.CHECKLIST);

    chcCase.recordChecklist(checklistWithAIn(ChecklistDomain.BREATHING), RECEIVED);

    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.IN_FULL_ASSESSMENT);
    assertThat(chcCase.clock())
        .hasValueSatisfying(
            clock -> {
              assertThat(clock.start()).isEqualTo(ClockStart.POSITIVE_CHECKLIST);
              assertThat(clock.decisionDueBy()).isEqualTo(LocalDate.of(2026, 12, 18));
            });
  }

  @Test
  void anIncompleteChecklistLeavesTheCaseWaiting() {
    ChcCase chcCase = referred(ReferralRoute.CHECKLIST);
    Checklist partial = new Checklist(COMPLETED, "Sam Okafor, Discharge Liaison Nurse");
    partial.rate(ChecklistDomain.BREATHING, ChecklistLevel.A, "oxygen at night");

    assertThatThrownBy(() -> chcCase.recordChecklist(partial, RECEIVED))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("The Checklist has no outcome until every domain is rated");
    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.AWAITING_CHECKLIST);
  }

  @Test
  void aChecklistCannotReachTheIcbBeforeItWasCompleted() {
    ChcCase chcCase = referred(ReferralRoute.CHECKLIST);

    assertThatThrownBy(
            () ->
                chcCase.recordChecklist(
                    checklistWithAIn(ChecklistDomain.BREATHING), LocalDate.of(2026, 11, 18)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "The Checklist cannot reach the ICB on Wednesday 18 November 2026, before it was"
                + " completed on Thursday 19 November 2026.");
  }

  @Test
  void aDirectReferralGoesStraightToFullAssessmentWithTheClockRunning() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);

    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.IN_FULL_ASSESSMENT);
    assertThat(chcCase.clock().orElseThrow().decisionDueBy()).isEqualTo(LocalDate.of(2026, 12, 16));
    assertThatThrownBy(() -> chcCase.recordChecklist(checklistWithAIn(), RECEIVED))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("This case is not waiting for a Checklist: it is in full assessment.");
  }

  @Test
  void aScreenedOutCaseHasNoFullAssessment() {
    ChcCase chcCase = referred(ReferralRoute.CHECKLIST);
    chcCase.recordChecklist(checklistWithAIn(), RECEIVED);

    assertThatThrownBy(chcCase::decisionSupportTool)
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "There is no full assessment in this case: it is closed after a negative Checklist.");
  }

  @Test
  void aScreenedOutCaseIsNotDecidedByTheIcb() {
    ChcCase chcCase = referred(ReferralRoute.CHECKLIST);
    chcCase.recordChecklist(checklistWithAIn(), RECEIVED);

    assertThatThrownBy(() -> chcCase.decide(false, LocalDate.of(2026, 12, 14), null, null))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "Eligibility is decided after a full assessment; this case is closed after a negative"
                + " Checklist.");
  }

  @Test
  void theIcbCannotDecideBeforeTheTeamRecommends() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);

    assertThatThrownBy(() -> chcCase.decide(true, LocalDate.of(2026, 12, 14), null, null))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("the Decision Support Tool has none yet");
  }

  @Test
  void aDecisionFollowingTheRecommendationInTimeHasNoDepartureAndNoRefund() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);
    assessAndRecommend(chcCase, RecommendedOutcome.ELIGIBLE);

    EligibilityDecision decision = chcCase.decide(true, LocalDate.of(2026, 12, 16), null, null);

    assertThat(chcCase.status()).isEqualTo(ChcCaseStatus.DECIDED);
    assertThat(decision.departure()).isEmpty();
    assertThat(decision.refundPeriod()).isEmpty();
  }

  @Test
  void departingFromTheRecommendationNeedsTheExceptionalCircumstances() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);
    assessAndRecommend(chcCase, RecommendedOutcome.ELIGIBLE);

    assertThatThrownBy(() -> chcCase.decide(false, LocalDate.of(2026, 12, 14), " ", null))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("Record the exceptional circumstances");
    EligibilityDecision decision =
        chcCase.decide(
            false, LocalDate.of(2026, 12, 14), "The DST misread the evidence on breathing.", null);
    assertThat(decision.departure()).hasValue("The DST misread the evidence on breathing.");
  }

  @Test
  void aLateEligibleDecisionTheIcbCausedRecordsTheRefundFromDay29() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);
    assessAndRecommend(chcCase, RecommendedOutcome.ELIGIBLE);

    EligibilityDecision decision =
        chcCase.decide(true, LocalDate.of(2027, 1, 8), null, DelayCause.CAUSED_BY_ICB);

    assertThat(decision.refundPeriod())
        .hasValue(new RefundPeriod(LocalDate.of(2026, 12, 17), LocalDate.of(2027, 1, 8)));
  }

  @Test
  void someoneFoundNotEligibleInACareHomeWithNursingIsConsideredForFnc() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);
    assessAndRecommend(chcCase, RecommendedOutcome.NOT_ELIGIBLE);
    chcCase.decide(false, LocalDate.of(2026, 12, 14), null, null);

    assertThat(
            chcCase.nursingCareConsideration(CareSetting.CARE_HOME_WITH_NURSING, null).required())
        .isTrue();
  }

  @Test
  void aNegativeChecklistForSomeoneGoingToACareHomeWithNursingAlsoLeadsToFnc() {
    ChcCase chcCase = referred(ReferralRoute.CHECKLIST);
    chcCase.recordChecklist(checklistWithAIn(), RECEIVED);

    assertThat(
            chcCase
                .nursingCareConsideration(CareSetting.HOSPITAL, CareSetting.CARE_HOME_WITH_NURSING)
                .required())
        .isTrue();
  }

  @Test
  void fncIsNotConsideredWhileEligibilityIsOpen() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);

    assertThatThrownBy(
            () -> chcCase.nursingCareConsideration(CareSetting.CARE_HOME_WITH_NURSING, null))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "NHS-funded Nursing Care is considered once eligibility is settled; this case is in"
                + " full assessment.");
  }

  @Test
  void aDecidedCaseCannotBeDecidedAgain() {
    ChcCase chcCase = referred(ReferralRoute.FULL_ASSESSMENT);
    assessAndRecommend(chcCase, RecommendedOutcome.NOT_ELIGIBLE);
    chcCase.decide(false, LocalDate.of(2026, 12, 14), null, null);

    assertThatThrownBy(() -> chcCase.decide(true, LocalDate.of(2026, 12, 15), "changed mind", null))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("Eligibility in this case is already decided.");
  }
}
