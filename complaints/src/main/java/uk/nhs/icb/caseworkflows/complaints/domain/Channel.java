package uk.nhs.icb.caseworkflows.complaints.domain;

/** How a complaint reached the ICB. */
public enum Channel {
  LETTER,
  EMAIL,
  TELEPHONE,
  IN_PERSON;

  /** Spoken complaints are the only ones that can be resolved orally outside the process. */
  public boolean isOral() {
    return this == TELEPHONE || this == IN_PERSON;
  }
}
