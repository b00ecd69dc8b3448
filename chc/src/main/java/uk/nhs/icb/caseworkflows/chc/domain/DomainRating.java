package uk.nhs.icb.caseworkflows.chc.domain;

import java.util.Objects;

/**
 * The level of need the multidisciplinary team chose for one Decision Support Tool domain, with the
 * evidence it rests on. A level the domain's descriptors do not define (Severe in continence,
 * Priority in mobility) is refused: the national tool has no such box to tick.
 */
public record DomainRating(CareDomain domain, NeedLevel level, String evidence) {

  public DomainRating {
    Objects.requireNonNull(domain, "domain");
    if (level == null) {
      throw new ChcRuleException(
          "Choose a level for " + domain.title() + ": " + domain.levelTitles() + ".");
    }
    if (!domain.has(level)) {
      throw new ChcRuleException(
          domain.title()
              + " has no "
              + level.title()
              + " level in the Decision Support Tool. Choose one of: "
              + domain.levelTitles()
              + ".");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new ChcRuleException(
          "Record the evidence for the level chosen in "
              + domain.title()
              + ": what the need is and where the evidence comes from.");
    }
    evidence = evidence.strip();
  }
}
