package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/**
 * What a complainant tells the ICB when they complain: who they are, who it is about if not
 * themselves and their standing to act, who and what they complain about, and what happened. It
 * stays on the file as made, and decides which consents the complaint needs ({@link #consents()}).
 */
@Embeddable
public class ComplaintMade {

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "complainant_name")),
    @AttributeOverride(
        name = "addressLines",
        column = @Column(name = "complainant_address_lines", length = 1000)),
    @AttributeOverride(
        name = "postcode",
        column = @Column(name = "complainant_postcode", length = 10)),
    @AttributeOverride(
        name = "telephone",
        column = @Column(name = "complainant_telephone", length = 40)),
    @AttributeOverride(name = "email", column = @Column(name = "complainant_email", length = 320)),
    @AttributeOverride(
        name = "communicationNeeds.codes",
        column = @Column(name = "complainant_communication_needs", length = 200)),
    @AttributeOverride(
        name = "communicationNeeds.note",
        column = @Column(name = "complainant_communication_needs_note", length = 500))
  })
  private Party complainant;

  @Embedded private AffectedPerson affectedPerson;

  @Embedded private Representation representation;

  @Embedded private SubjectOfComplaint subject;

  @Embedded private ComplaintDetails details;

  protected ComplaintMade() {}

  /**
   * @param affectedPerson null when the complainant is the patient
   * @param representation null when the complainant is the patient
   */
  public ComplaintMade(
      Party complainant,
      AffectedPerson affectedPerson,
      Representation representation,
      SubjectOfComplaint subject,
      ComplaintDetails details) {
    this.complainant = Objects.requireNonNull(complainant, "complainant");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.details = Objects.requireNonNull(details, "details");
    if ((affectedPerson == null) != (representation == null)) {
      throw new IllegalArgumentException(
          "someone complaining for another person needs both that person and their standing");
    }
    this.affectedPerson = affectedPerson;
    this.representation = representation;
  }

  /** A complaint made by the patient about their own care. */
  public static ComplaintMade byThePatient(
      Party complainant, SubjectOfComplaint subject, ComplaintDetails details) {
    return new ComplaintMade(complainant, null, null, subject, details);
  }

  /** A complaint made by a representative for the person affected. */
  public static ComplaintMade onBehalfOf(
      Party complainant,
      AffectedPerson affectedPerson,
      Representation representation,
      SubjectOfComplaint subject,
      ComplaintDetails details) {
    return new ComplaintMade(complainant, affectedPerson, representation, subject, details);
  }

  /** The consents the complaint needs, from who made it and for whom. */
  ComplaintConsents consents() {
    return new ComplaintConsents(
        complainant, affectedPerson, representation, subject().isTheIcbItself());
  }

  public Party complainant() {
    return complainant;
  }

  /** Null when the complainant is the patient. */
  public AffectedPerson affectedPerson() {
    return affectedPerson;
  }

  /** Null when the complainant is the patient. */
  public Representation representation() {
    return representation;
  }

  public SubjectOfComplaint subject() {
    return subject;
  }

  public ComplaintDetails details() {
    return details;
  }
}
