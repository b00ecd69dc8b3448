package uk.nhs.icb.caseworkflows.complaints.domain;

/** Why someone may complain for another person (regulation 5 of the 2009 regulations). */
public enum RepresentativeStanding {
  /** The patient, alive and with capacity, asked them to act: the patient must consent. */
  PATIENT_REQUEST,
  /** For a child. */
  CHILD,
  /** For someone who lacks capacity under the Mental Capacity Act 2005, or cannot complain. */
  LACKS_CAPACITY,
  /** For someone who has died. */
  DECEASED;

  /**
   * Only a patient who asked someone to act can consent for themselves; for the others the
   * representative's standing, with its evidence, is what the ICB relies on.
   */
  public boolean needsThePatientsOwnConsent() {
    return this == PATIENT_REQUEST;
  }
}
