package uk.nhs.icb.caseworkflows.complaints.domain;

import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/**
 * What a complainant tells the ICB when they complain: who they are, who it is about if not
 * themselves and their standing to act, who and what they complain about, and what happened.
 *
 * @param affectedPerson null when the complainant is the patient
 * @param representation null when the complainant is the patient
 */
public record ComplaintMade(
    Party complainant,
    AffectedPerson affectedPerson,
    Representation representation,
    SubjectOfComplaint subject,
    ComplaintDetails details) {

  public ComplaintMade {
    Objects.requireNonNull(complainant, "complainant");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(details, "details");
    if ((affectedPerson == null) != (representation == null)) {
      throw new IllegalArgumentException(
          "someone complaining for another person needs both that person and their standing");
    }
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
}
