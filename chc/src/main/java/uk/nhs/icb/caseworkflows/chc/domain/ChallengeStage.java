package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * Where a person disputes an eligibility decision: first the ICB's own local resolution, then NHS
 * England's independent review; after that, the Parliamentary and Health Service Ombudsman.
 */
public enum ChallengeStage {
  LOCAL_RESOLUTION("Local resolution"),
  INDEPENDENT_REVIEW("NHS England independent review");

  private final String title;

  ChallengeStage(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
