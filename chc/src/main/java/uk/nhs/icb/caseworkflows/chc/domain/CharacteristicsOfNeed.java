package uk.nhs.icb.caseworkflows.chc.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The team's reasoning on the four characteristics the Framework judges a primary health need by:
 * nature, intensity, complexity and unpredictability. All four are required, because the
 * recommendation must explain itself on each and a reader (the individual, the panel, a later
 * review) must be able to follow it.
 */
public record CharacteristicsOfNeed(
    String nature, String intensity, String complexity, String unpredictability) {

  public CharacteristicsOfNeed {
    List<String> missing = new ArrayList<>();
    if (isBlank(nature)) {
      missing.add("nature");
    }
    if (isBlank(intensity)) {
      missing.add("intensity");
    }
    if (isBlank(complexity)) {
      missing.add("complexity");
    }
    if (isBlank(unpredictability)) {
      missing.add("unpredictability");
    }
    if (!missing.isEmpty()) {
      throw new ChcRuleException(
          "The recommendation needs the team's reasons on nature, intensity, complexity and"
              + " unpredictability. Still to write: "
              + String.join(", ", missing)
              + ".");
    }
    nature = nature.strip();
    intensity = intensity.strip();
    complexity = complexity.strip();
    unpredictability = unpredictability.strip();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
