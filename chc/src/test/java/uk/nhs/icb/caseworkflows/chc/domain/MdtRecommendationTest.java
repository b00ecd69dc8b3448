package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The team's recommendation carries its reasons on all four characteristics of need. */
class MdtRecommendationTest {

  @Test
  void reasonsOnAllFourCharacteristicsAreAccepted() {
    CharacteristicsOfNeed reasons =
        new CharacteristicsOfNeed(
            " distressed behaviour with risk to self ",
            "needs one-to-one through the day",
            "behaviour and medication interact",
            "episodes several times a day without warning");

    MdtRecommendation recommendation =
        new MdtRecommendation(RecommendedOutcome.ELIGIBLE, reasons, LocalDate.of(2026, 11, 12));

    assertThat(recommendation.reasons().nature())
        .isEqualTo("distressed behaviour with risk to self");
  }

  @Test
  void theMissingCharacteristicsAreNamed() {
    assertThatThrownBy(
            () -> new CharacteristicsOfNeed("long-term condition", " ", null, "rare falls"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "The recommendation needs the team's reasons on nature, intensity, complexity and"
                + " unpredictability. Still to write: intensity, complexity.");
  }

  @Test
  void aRecommendationWithoutReasonsIsRefused() {
    assertThatThrownBy(
            () ->
                new MdtRecommendation(
                    RecommendedOutcome.NOT_ELIGIBLE, null, LocalDate.of(2026, 11, 12)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("The recommendation needs the team's reasons");
  }

  @Test
  void aRecommendationMustSayWhichWayItGoes() {
    CharacteristicsOfNeed reasons = new CharacteristicsOfNeed("a", "b", "c", "d");

    assertThatThrownBy(() -> new MdtRecommendation(null, reasons, LocalDate.of(2026, 11, 12)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("Say whether the team recommends the individual is eligible.");
  }
}
