package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * What a review of an eligible person's care found. A review checks the care plan; it never removes
 * eligibility by itself: only a full reassessment by a multidisciplinary team, and the ICB's
 * decision on it, can find someone no longer eligible.
 */
public enum ReviewOutcome {
  /** The package still meets the person's needs. */
  CONFIRMED("Package confirmed"),
  /** The package changes; the change is recorded with the review. */
  PACKAGE_CHANGED("Package changed"),
  /** Needs have changed materially: a full reassessment by a multidisciplinary team. */
  REASSESSMENT("Full reassessment arranged");

  private final String title;

  ReviewOutcome(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
