package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DST as the team fills it in: a draft that says what is missing, then a recommendation. */
class DecisionSupportToolTest {

  private final DecisionSupportTool dst = new DecisionSupportTool();

  private static final MultidisciplinaryTeam NURSE_AND_SOCIAL_WORKER =
      new MultidisciplinaryTeam(
          List.of(
              new MdtMember("Rachel Green", Profession.REGISTERED_NURSE),
              new MdtMember("Ana Silva", Profession.SOCIAL_WORKER)));

  private static final IndividualsView DAUGHTERS_VIEW =
      new IndividualsView(
          LocalDate.of(2026, 11, 5),
          ViewGivenBy.THEIR_REPRESENTATIVE,
          "His daughter says he needs someone with him all the time.");

  private static final CharacteristicsOfNeed REASONS =
      new CharacteristicsOfNeed(
          "distressed behaviour", "one-to-one all day", "several needs interact", "no warning");

  private static MdtRecommendation recommending(RecommendedOutcome outcome) {
    return new MdtRecommendation(outcome, REASONS, LocalDate.of(2026, 11, 12));
  }

  private void rateAllAt(NeedLevel level) {
    for (CareDomain domain : CareDomain.values()) {
      dst.rate(domain, level, "MDT meeting notes");
    }
  }

  private void readyToRecommend() {
    rateAllAt(NeedLevel.MODERATE);
    dst.recordTeam(NURSE_AND_SOCIAL_WORKER);
    dst.recordIndividualsView(DAUGHTERS_VIEW);
  }

  @Test
  void aNewDraftSaysEverythingIsStillToDo() {
    assertThat(dst.emptyDomains()).hasSize(12);
    assertThat(dst.missingBeforeRecommendation())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("Domains still to rate: Behaviour, Cognition,");
  }

  @Test
  void aDraftCanBeSavedWithSomeDomainsEmptyAndSaysWhichOnes() {
    dst.rate(CareDomain.BEHAVIOUR, NeedLevel.SEVERE, "hits out at carers daily");
    dst.rate(CareDomain.BREATHING, NeedLevel.NO_NEEDS, "no breathing needs");

    assertThat(dst.emptyDomains())
        .hasSize(10)
        .doesNotContain(CareDomain.BEHAVIOUR, CareDomain.BREATHING)
        .startsWith(CareDomain.COGNITION);
    assertThat(dst.ratingOf(CareDomain.BEHAVIOUR))
        .hasValueSatisfying(r -> assertThat(r.level()).isEqualTo(NeedLevel.SEVERE));
  }

  @Test
  void theIndicatorsShowWhileTheDraftIsIncomplete() {
    dst.rate(CareDomain.DRUG_THERAPIES_AND_MEDICATION, NeedLevel.PRIORITY, "syringe driver");

    assertThat(dst.indicators().pointToEligibility()).isTrue();
  }

  @Test
  void theRecommendationWaitsForEveryDomainTheTeamAndTheIndividualsView() {
    dst.rate(CareDomain.BEHAVIOUR, NeedLevel.SEVERE, "hits out at carers daily");

    assertThatThrownBy(() -> dst.recommend(recommending(RecommendedOutcome.ELIGIBLE)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith(
            "The team cannot make its recommendation yet. Domains still to rate:")
        .hasMessageContaining("The team needs at least two professionals")
        .hasMessageContaining("Record that the individual or their representative was invited");
    assertThat(dst.recommendation()).isEmpty();
  }

  @Test
  void aTeamOfTwoNursesHoldsUpTheRecommendation() {
    rateAllAt(NeedLevel.LOW);
    dst.recordIndividualsView(DAUGHTERS_VIEW);
    dst.recordTeam(
        new MultidisciplinaryTeam(
            List.of(
                new MdtMember("Rachel Green", Profession.REGISTERED_NURSE),
                new MdtMember("Tom Hale", Profession.REGISTERED_NURSE))));

    assertThat(dst.missingBeforeRecommendation())
        .singleElement()
        .asString()
        .startsWith("The team needs at least two professionals");
  }

  @Test
  void aCompleteToolTakesTheTeamsRecommendation() {
    readyToRecommend();

    dst.recommend(recommending(RecommendedOutcome.NOT_ELIGIBLE));

    assertThat(dst.missingBeforeRecommendation()).isEmpty();
    assertThat(dst.recommendation())
        .hasValueSatisfying(
            r -> assertThat(r.outcome()).isEqualTo(RecommendedOutcome.NOT_ELIGIBLE));
    assertThat(dst.recommendationDepartsFromIndicators()).isFalse();
  }

  @Test
  void anIndividualWhoDeclinedStillCountsAsInvitedWhenTheReasonIsRecorded() {
    rateAllAt(NeedLevel.LOW);
    dst.recordTeam(NURSE_AND_SOCIAL_WORKER);
    dst.recordIndividualsView(
        new IndividualsView(
            LocalDate.of(2026, 11, 5), ViewGivenBy.NO_VIEW_GIVEN, "Declined to take part."));

    assertThat(dst.missingBeforeRecommendation()).isEmpty();
  }

  @Test
  void noViewWithoutSayingWhyIsRefused() {
    assertThatThrownBy(
            () -> new IndividualsView(LocalDate.of(2026, 11, 5), ViewGivenBy.NO_VIEW_GIVEN, ""))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("Say why no view was given, for example that they declined to take part.");
  }

  @Test
  void theInvitationDateIsRequired() {
    assertThatThrownBy(() -> new IndividualsView(null, ViewGivenBy.THE_INDIVIDUAL, "I cope"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("Record when the individual or their representative was invited");
  }

  @Test
  void theTeamMayRecommendAgainstTheIndicatorsAndThePanelIsShownThatItDid() {
    readyToRecommend();
    dst.rate(CareDomain.BREATHING, NeedLevel.PRIORITY, "ventilated overnight");

    dst.recommend(recommending(RecommendedOutcome.NOT_ELIGIBLE));

    assertThat(dst.recommendationDepartsFromIndicators()).isTrue();
  }

  @Test
  void anEligibleRecommendationWithoutPriorityOrTwoSevereIsTheTeamsJudgementNotADeparture() {
    readyToRecommend();

    dst.recommend(recommending(RecommendedOutcome.ELIGIBLE));

    assertThat(dst.recommendation()).isPresent();
    assertThat(dst.recommendationDepartsFromIndicators()).isFalse();
  }

  @Test
  void afterTheRecommendationTheToolIsClosedToChanges() {
    readyToRecommend();
    dst.recommend(recommending(RecommendedOutcome.NOT_ELIGIBLE));

    assertThatThrownBy(() -> dst.rate(CareDomain.MOBILITY, NeedLevel.HIGH, "new fall"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("The team has made its recommendation");
    assertThat(dst.ratingOf(CareDomain.MOBILITY))
        .hasValueSatisfying(r -> assertThat(r.level()).isEqualTo(NeedLevel.MODERATE));
  }
}
