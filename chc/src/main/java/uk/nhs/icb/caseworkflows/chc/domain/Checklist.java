package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The NHS Continuing Healthcare Checklist: a screening tool any trained health or social care
 * practitioner may complete, rating eleven care domains A, B or C with evidence. It may be filled
 * in over time, so ratings can be given, changed and read while it is incomplete; the outcome is
 * given only once every domain is rated, because the national tool is not to be shortened.
 */
@Entity
@Table(name = "chc_checklist")
public class Checklist {

  /** The longest "who completed it, with their role" the form keeps. */
  public static final int COMPLETED_BY_LENGTH = 200;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "completed_by", nullable = false, length = COMPLETED_BY_LENGTH)
  private String completedBy;

  @ElementCollection
  @CollectionTable(name = "chc_checklist_rating", joinColumns = @JoinColumn(name = "checklist_id"))
  private List<ChecklistRating> ratings = new ArrayList<>();

  protected Checklist() {}

  /**
   * A Checklist as completed on a day by a named practitioner ("Sam Okafor, Discharge Liaison
   * Nurse"), which the letter quotes.
   */
  public Checklist(LocalDate completedOn, String completedBy) {
    this.id = UUID.randomUUID().toString();
    this.completedOn = Objects.requireNonNull(completedOn, "completedOn");
    if (completedBy == null || completedBy.isBlank()) {
      throw new ChcRuleException("Say who completed the Checklist, with their role.");
    }
    this.completedBy = completedBy.strip();
  }

  /** Rates a domain, replacing any earlier rating of it. */
  public void rate(ChecklistDomain domain, ChecklistLevel level, String evidence) {
    ChecklistRating rating = new ChecklistRating(domain, level, evidence);
    ratings.removeIf(earlier -> earlier.domain() == domain);
    ratings.add(rating);
  }

  public Optional<ChecklistRating> ratingOf(ChecklistDomain domain) {
    return ratings.stream().filter(rating -> rating.domain() == domain).findFirst();
  }

  /** The ratings given so far, in the Checklist's order. */
  public List<ChecklistRating> ratings() {
    return Arrays.stream(ChecklistDomain.values()).flatMap(d -> ratingOf(d).stream()).toList();
  }

  /** The domains still to rate, in the Checklist's order. */
  public List<ChecklistDomain> unratedDomains() {
    return Arrays.stream(ChecklistDomain.values()).filter(d -> ratingOf(d).isEmpty()).toList();
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
    return ChecklistOutcome.of(ratings());
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public String completedBy() {
    return completedBy;
  }
}
