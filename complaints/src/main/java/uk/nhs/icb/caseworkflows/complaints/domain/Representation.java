package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The complainant's standing to act for the person affected, and the evidence seen for it (a
 * lasting power of attorney, a grant of probate, parental responsibility). For a patient who has
 * died it also says who the representative is to them, since that is what their standing rests on.
 */
@Embeddable
public class Representation {

  public static final int MAX_RELATIONSHIP_DESCRIPTION = 200;

  @Enumerated(EnumType.STRING)
  @Column(name = "representative_standing", length = 20)
  private RepresentativeStanding standing;

  @Column(name = "standing_evidence", length = 2000)
  private String evidence;

  @Enumerated(EnumType.STRING)
  @Column(name = "representative_relationship", length = 30)
  private RepresentativeRelationship relationship;

  @Column(name = "relationship_description", length = MAX_RELATIONSHIP_DESCRIPTION)
  private String relationshipDescription;

  protected Representation() {}

  /** A representative of a living patient. */
  public Representation(RepresentativeStanding standing, String evidence) {
    this(standing, evidence, null, null);
  }

  /**
   * @param relationship required for a patient who has died, and only then
   * @param relationshipDescription required when the relationship is {@code OTHER}
   */
  public Representation(
      RepresentativeStanding standing,
      String evidence,
      RepresentativeRelationship relationship,
      String relationshipDescription) {
    this.standing = Objects.requireNonNull(standing, "standing");
    this.evidence = Text.optional(evidence);
    if (standing.needsRelationship() && relationship == null) {
      throw new IllegalArgumentException(
          "someone complaining for a patient who has died says who they are to the patient");
    }
    if (!standing.needsRelationship() && relationship != null) {
      throw new IllegalArgumentException(
          "a relationship is recorded only for a patient who has died");
    }
    this.relationship = relationship;
    this.relationshipDescription =
        relationship == RepresentativeRelationship.OTHER
            ? Text.required(relationshipDescription, "who the representative is to the patient")
            : null;
  }

  /** A representative of a patient who has died, with who they are to the patient. */
  public static Representation ofDeceased(
      RepresentativeRelationship relationship, String relationshipDescription, String evidence) {
    return new Representation(
        RepresentativeStanding.DECEASED, evidence, relationship, relationshipDescription);
  }

  public RepresentativeStanding standing() {
    return standing;
  }

  /** What was seen to show the standing; null while the handler is still waiting for it. */
  public String evidence() {
    return evidence;
  }

  /** Who the representative is to a patient who has died; empty for a living patient. */
  public Optional<RepresentativeRelationship> relationship() {
    return Optional.ofNullable(relationship);
  }

  /** The complainant's own words for a relationship that is neither of the named ones. */
  public Optional<String> relationshipDescription() {
    return Optional.ofNullable(relationshipDescription);
  }
}
