package uk.nhs.icb.caseworkflows.complaints.domain;

/**
 * Who a representative is to a patient who has died: what their standing to complain for the
 * patient rests on, and so what evidence of it the ICB looks for.
 */
public enum RepresentativeRelationship {
  /** Executor or administrator of the estate: a grant of probate or letters of administration. */
  PERSONAL_REPRESENTATIVE,
  /** Next of kin: the family relationship, for example a death certificate naming them. */
  NEXT_OF_KIN,
  /** Anyone else, described in the complainant's own words. */
  OTHER
}
