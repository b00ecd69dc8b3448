package uk.nhs.icb.caseworkflows.chc.domain;

import java.util.Objects;

/**
 * One domain of a Checklist rated, with the evidence the assessor relied on. The national form asks
 * for a brief description of the need and the source of its evidence beside every rating, so a
 * rating without evidence is refused; for a C the evidence may simply say no needs were found.
 */
public record ChecklistRating(ChecklistDomain domain, ChecklistLevel level, String evidence) {

  public ChecklistRating {
    Objects.requireNonNull(domain, "domain");
    if (level == null) {
      throw new ChcRuleException("Choose A, B or C for " + domain.title() + ".");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new ChcRuleException(
          "Say what the rating of "
              + domain.title()
              + " rests on: a brief description of the need and where the evidence comes from.");
    }
    evidence = evidence.strip();
  }
}
