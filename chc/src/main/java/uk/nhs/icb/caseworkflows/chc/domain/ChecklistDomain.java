package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * The eleven care domains of the NHS Continuing Healthcare Checklist, in the Checklist's order.
 * Four are marked with an asterisk on the national form: an A in any of them alone calls for a full
 * assessment, because they are the domains that can reach Priority in the Decision Support Tool.
 * The DST's twelfth domain, other significant care needs, is not on the Checklist.
 */
public enum ChecklistDomain {
  BREATHING("Breathing", true, CareDomain.BREATHING),
  NUTRITION("Nutrition", false, CareDomain.NUTRITION),
  CONTINENCE("Continence", false, CareDomain.CONTINENCE),
  SKIN_INTEGRITY("Skin integrity", false, CareDomain.SKIN_INTEGRITY),
  MOBILITY("Mobility", false, CareDomain.MOBILITY),
  COMMUNICATION("Communication", false, CareDomain.COMMUNICATION),
  PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS(
      "Psychological and emotional needs", false, CareDomain.PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS),
  COGNITION("Cognition", false, CareDomain.COGNITION),
  BEHAVIOUR("Behaviour", true, CareDomain.BEHAVIOUR),
  DRUG_THERAPIES_AND_MEDICATION(
      "Drug therapies and medication: symptom control",
      true,
      CareDomain.DRUG_THERAPIES_AND_MEDICATION),
  ALTERED_STATES_OF_CONSCIOUSNESS(
      "Altered states of consciousness", true, CareDomain.ALTERED_STATES_OF_CONSCIOUSNESS);

  private final String title;
  private final boolean asterisked;
  private final CareDomain careDomain;

  ChecklistDomain(String title, boolean asterisked, CareDomain careDomain) {
    this.title = title;
    this.asterisked = asterisked;
    this.careDomain = careDomain;
  }

  /** The domain's name as the Checklist prints it. */
  public String title() {
    return title;
  }

  /** Whether the national form marks the domain's A box with an asterisk. */
  public boolean isAsterisked() {
    return asterisked;
  }

  /** The Decision Support Tool domain the same needs are assessed under in full. */
  public CareDomain careDomain() {
    return careDomain;
  }
}
