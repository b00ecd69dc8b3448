package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The NHS Continuing Healthcare Checklist: a screening tool any trained health or social care
 * practitioner may complete, rating eleven care domains A, B or C with evidence. It may be filled
 * in over time, so ratings can be given, changed and read while it is incomplete; the outcome is
 * given only once every domain is rated, because the national tool is not to be shortened.
 */
public class Checklist {

  private final LocalDate completedOn;
  private final String completedBy;
  private final Map<ChecklistDomain, ChecklistRating> ratings =
      new EnumMap<>(ChecklistDomain.class);

  /**
   * A Checklist as completed on a day by a named practitioner ("Sam Okafor, Discharge Liaison
   * Nurse"), which the letter quotes.
   */
  public Checklist(LocalDate completedOn, String completedBy) {
    this.completedOn = Objects.requireNonNull(completedOn, "completedOn");
    if (completedBy == null || completedBy.isBlank()) {
      throw new ChcRuleException("Say who completed the Checklist, with their role.");
    }
    this.completedBy = completedBy.strip();
  }

  /** Rates a domain, replacing any earlier rating of it. */
  public void rate(ChecklistDomain domain, ChecklistLevel level, String evidence) {
    ratings.put(domain, new ChecklistRating(domain, level, evidence));
  }

  public Optional<ChecklistRating> ratingOf(ChecklistDomain domain) {
    return Optional.ofNullable(ratings.get(domain));
  }

  /** The domains still to rate, in the Checklist's order. */
  public List<ChecklistDomain> unratedDomains() {
    return Arrays.stream(ChecklistDomain.values()).filter(d -> !ratings.containsKey(d)).toList();
  }

  public boolean isComplete() {
    return unratedDomains().isEmpty();
  }

  /** The outcome by the Checklist's thresholds; refused until all eleven domains are rated. */
  public ChecklistOutcome outcome() {
    List<ChecklistDomain> unrated = unratedDomains();
    if (!unrated.isEmpty()) {
      throw new ChcRuleException(
          "The Checklist has no outcome until every domain is rated. Still to rate: "
              + ChecklistRule.titles(unrated)
              + ".");
    }
    return ChecklistOutcome.of(List.copyOf(ratings.values()));
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public String completedBy() {
    return completedBy;
  }
}
