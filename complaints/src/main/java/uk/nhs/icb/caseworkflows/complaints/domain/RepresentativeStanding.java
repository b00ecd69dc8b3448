package uk.nhs.icb.caseworkflows.complaints.domain;

/**
 * Why someone may complain for another person: the grounds of regulation 5(2) of the 2009
 * regulations. The ICB decides whether to accept the representative on the ground given ({@link
 * StandingDecision}); what it must be satisfied of differs by ground.
 */
public enum RepresentativeStanding {
  /** The patient, alive and with capacity, asked them to act: the patient must consent. */
  PATIENT_REQUEST,
  /** For a child: reasonable grounds for complaining instead of the child, in their interests. */
  CHILD,
  /** For someone who lacks capacity under the Mental Capacity Act 2005: in their best interests. */
  LACKS_CAPACITY,
  /** For someone who has died: the representative's relationship is recorded with its evidence. */
  DECEASED,
  /**
   * For someone who cannot complain because of a physical incapacity. Their own ground, not a kind
   * of lacking capacity: the patient can still decide, so their own consent is still asked for.
   */
  PHYSICALLY_UNABLE;

  /**
   * A living patient with capacity authorises the representative themselves (in whatever way they
   * can, for someone physically unable); for the others the representative's standing, with its
   * evidence, is what the ICB relies on.
   */
  public boolean needsThePatientsOwnConsent() {
    return this == PATIENT_REQUEST || this == PHYSICALLY_UNABLE;
  }

  /**
   * The ICB must be satisfied there are reasonable grounds for a representative complaining instead
   * of the child.
   */
  public boolean asksForReasonableGrounds() {
    return this == CHILD;
  }

  /** The ICB must be satisfied the representative acts in the patient's best interests. */
  public boolean asksForBestInterests() {
    return this == CHILD || this == LACKS_CAPACITY;
  }

  /** For a patient who has died, who the representative is to them is part of their standing. */
  public boolean needsRelationship() {
    return this == DECEASED;
  }
}
