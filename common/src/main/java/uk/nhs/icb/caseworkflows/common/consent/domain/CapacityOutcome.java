package uk.nhs.icb.caseworkflows.common.consent.domain;

/** What a capacity assessment under the Mental Capacity Act 2005 found, for one decision. */
public enum CapacityOutcome {
  /** The person can make this decision themselves, so only their own consent counts. */
  HAS_CAPACITY("Has capacity to make this decision"),
  /**
   * The person cannot make this decision now: an attorney's or deputy's consent, or a decision in
   * their best interests, stands in for theirs.
   */
  LACKS_CAPACITY("Lacks capacity to make this decision");

  private final String title;

  CapacityOutcome(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
