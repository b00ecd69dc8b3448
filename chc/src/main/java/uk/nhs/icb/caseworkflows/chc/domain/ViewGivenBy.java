package uk.nhs.icb.caseworkflows.chc.domain;

/** Whose view of their needs the DST records. */
public enum ViewGivenBy {
  THE_INDIVIDUAL,
  THEIR_REPRESENTATIVE,
  /** Invited but no view was given; the record then says why (declined, could not be reached). */
  NO_VIEW_GIVEN
}
