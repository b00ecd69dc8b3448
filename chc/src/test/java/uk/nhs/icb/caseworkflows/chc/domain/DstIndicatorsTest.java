package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.HIGH;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.PRIORITY;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.SEVERE;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The indicators the tool shows the team; they inform the recommendation, never make it. */
class DstIndicatorsTest {

  private static DstIndicators of(DomainRating... ratings) {
    return DstIndicators.of(List.of(ratings));
  }

  private static DomainRating rated(CareDomain domain, NeedLevel level) {
    return new DomainRating(domain, level, "from the MDT meeting of 12 November");
  }

  @Test
  void priorityInAnyDomainPointsToEligibility() {
    DstIndicators indicators = of(rated(CareDomain.BREATHING, PRIORITY));

    assertThat(indicators.pointToEligibility()).isTrue();
    assertThat(indicators.statements())
        .containsExactly(
            "Priority in Breathing: a recommendation of eligibility would be expected.");
  }

  @Test
  void twoSeverePointToEligibility() {
    DstIndicators indicators =
        of(rated(CareDomain.BEHAVIOUR, SEVERE), rated(CareDomain.COGNITION, SEVERE));

    assertThat(indicators.pointToEligibility()).isTrue();
    assertThat(indicators.statements())
        .containsExactly(
            "Severe in Behaviour, Cognition: with two or more Severe, a recommendation of"
                + " eligibility would be expected.");
  }

  @Test
  void oneSevereAloneLeavesItToTheTeamsJudgement() {
    DstIndicators indicators =
        of(rated(CareDomain.MOBILITY, SEVERE), rated(CareDomain.COGNITION, HIGH));

    assertThat(indicators.pointToEligibility()).isFalse();
    assertThat(indicators.statements())
        .containsExactly(
            "No Priority and one Severe (Mobility). A primary health need may still be shown by"
                + " the nature, intensity, complexity and unpredictability of the needs taken"
                + " together; the team decides.");
  }

  @Test
  void manyHighNeedsDoNotPointEitherWayButAreLeftToTheTeam() {
    DstIndicators indicators =
        of(
            rated(CareDomain.MOBILITY, HIGH),
            rated(CareDomain.NUTRITION, HIGH),
            rated(CareDomain.CONTINENCE, HIGH));

    assertThat(indicators.pointToEligibility()).isFalse();
    assertThat(indicators.statements().get(0)).startsWith("No Priority and no Severe.");
  }

  @Test
  void theDomainsAreListedInTheToolsOrder() {
    DstIndicators indicators =
        of(rated(CareDomain.NUTRITION, SEVERE), rated(CareDomain.BEHAVIOUR, SEVERE));

    assertThat(indicators.severe()).containsExactly(CareDomain.BEHAVIOUR, CareDomain.NUTRITION);
  }
}
