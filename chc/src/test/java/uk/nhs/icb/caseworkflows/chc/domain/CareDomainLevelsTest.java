package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.HIGH;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.LOW;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.MODERATE;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.NO_NEEDS;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.PRIORITY;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.SEVERE;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each DST domain offers only the levels its descriptors define. */
class CareDomainLevelsTest {

  @Test
  void theToolHasTwelveDomains() {
    assertThat(CareDomain.values()).hasSize(12);
  }

  @Test
  void onlyBehaviourBreathingDrugTherapiesAndAlteredStatesHavePriority() {
    assertThat(Arrays.stream(CareDomain.values()).filter(d -> d.has(PRIORITY)))
        .containsExactlyInAnyOrder(
            CareDomain.BEHAVIOUR,
            CareDomain.BREATHING,
            CareDomain.DRUG_THERAPIES_AND_MEDICATION,
            CareDomain.ALTERED_STATES_OF_CONSCIOUSNESS);
  }

  @Test
  void psychologicalNeedsCommunicationAndContinenceStopAtHigh() {
    for (CareDomain domain :
        new CareDomain[] {
          CareDomain.PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS,
          CareDomain.COMMUNICATION,
          CareDomain.CONTINENCE
        }) {
      assertThat(domain.levels()).as(domain.title()).containsExactly(NO_NEEDS, LOW, MODERATE, HIGH);
    }
  }

  @Test
  void alteredStatesOfConsciousnessGoesFromHighToPriorityWithNoSevere() {
    assertThat(CareDomain.ALTERED_STATES_OF_CONSCIOUSNESS.levels())
        .containsExactly(NO_NEEDS, LOW, MODERATE, HIGH, PRIORITY);
  }

  @ParameterizedTest
  @EnumSource(value = CareDomain.class)
  void everyDomainStartsAtNoNeedsAndRunsAtLeastToHigh(CareDomain domain) {
    assertThat(domain.levels()).startsWith(NO_NEEDS, LOW, MODERATE, HIGH);
  }

  @Test
  void aSevereRatingInContinenceIsRefusedWithTheLevelsItHas() {
    assertThatThrownBy(
            () -> new DomainRating(CareDomain.CONTINENCE, SEVERE, "doubly incontinent, catheter"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "Continence has no Severe level in the Decision Support Tool. Choose one of: No"
                + " needs, Low, Moderate, High.");
  }

  @Test
  void aSevereRatingInAlteredStatesIsRefused() {
    assertThatThrownBy(
            () ->
                new DomainRating(
                    CareDomain.ALTERED_STATES_OF_CONSCIOUSNESS, SEVERE, "daily seizures"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("Choose one of: No needs, Low, Moderate, High, Priority.");
  }

  @Test
  void aPriorityRatingInMobilityIsRefused() {
    assertThatThrownBy(() -> new DomainRating(CareDomain.MOBILITY, PRIORITY, "bed-bound"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("Mobility has no Priority level");
  }

  @Test
  void aPriorityRatingInBreathingIsAccepted() {
    DomainRating rating =
        new DomainRating(CareDomain.BREATHING, PRIORITY, " invasive ventilation, 24 hours ");

    assertThat(rating.level()).isEqualTo(PRIORITY);
    assertThat(rating.evidence()).isEqualTo("invasive ventilation, 24 hours");
  }

  @Test
  void aRatingWithoutEvidenceIsRefused() {
    assertThatThrownBy(() -> new DomainRating(CareDomain.COGNITION, MODERATE, ""))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("Record the evidence for the level chosen in Cognition");
  }

  @Test
  void aRatingWithoutALevelSaysWhichLevelsTheDomainHas() {
    assertThatThrownBy(() -> new DomainRating(CareDomain.COMMUNICATION, null, "uses signs"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("Choose a level for Communication: No needs, Low, Moderate, High.");
  }
}
