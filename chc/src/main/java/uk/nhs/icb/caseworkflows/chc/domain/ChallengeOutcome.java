package uk.nhs.icb.caseworkflows.chc.domain;

/** How a local resolution or independent review ended. */
public enum ChallengeOutcome {
  /** The decision stands; the letter says what comes next. */
  DECISION_STANDS("The decision stands"),
  /** The challenge succeeded: the decision is reopened for a new assessment and decision. */
  DECISION_REOPENED("The decision is reopened"),
  /** The person withdrew the request. */
  WITHDRAWN("Withdrawn");

  private final String title;

  ChallengeOutcome(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
