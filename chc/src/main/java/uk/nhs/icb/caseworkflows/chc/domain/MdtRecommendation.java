package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The team's recommendation on eligibility, written by the team and never computed: whether it
 * finds a primary health need, and its reasons on the four characteristics of need. The ICB
 * decides; the Framework expects it to depart from the recommendation only in exceptional
 * circumstances.
 */
public record MdtRecommendation(
    RecommendedOutcome outcome, CharacteristicsOfNeed reasons, LocalDate madeOn) {

  public MdtRecommendation {
    if (outcome == null) {
      throw new ChcRuleException("Say whether the team recommends the individual is eligible.");
    }
    if (reasons == null) {
      throw new ChcRuleException(
          "The recommendation needs the team's reasons on nature, intensity, complexity and"
              + " unpredictability.");
    }
    Objects.requireNonNull(madeOn, "madeOn");
  }
}
