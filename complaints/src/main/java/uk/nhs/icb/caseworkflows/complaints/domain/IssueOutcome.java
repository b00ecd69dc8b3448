package uk.nhs.icb.caseworkflows.complaints.domain;

import java.util.List;

/**
 * The finding on one issue, and on the complaint as a whole, in the national (KO41a) terms: upheld
 * when the evidence supports it, not upheld when it supports no part of it, partially upheld
 * otherwise.
 */
public enum IssueOutcome {
  UPHELD,
  PARTIALLY_UPHELD,
  NOT_UPHELD;

  /**
   * The complaint's overall outcome from its issues' outcomes: upheld only if every issue was
   * upheld, not upheld only if none was, partially upheld otherwise (including a single issue
   * itself partially upheld).
   */
  public static IssueOutcome overallOf(List<IssueOutcome> issueOutcomes) {
    if (issueOutcomes.isEmpty()) {
      throw new IllegalArgumentException("an overall outcome needs at least one issue's outcome");
    }
    if (issueOutcomes.stream().allMatch(outcome -> outcome == UPHELD)) {
      return UPHELD;
    }
    if (issueOutcomes.stream().allMatch(outcome -> outcome == NOT_UPHELD)) {
      return NOT_UPHELD;
    }
    return PARTIALLY_UPHELD;
  }

  /** Upheld in whole or in part: what makes a complaint a candidate for a learning story. */
  public boolean upheldAtLeastInPart() {
    return this != NOT_UPHELD;
  }
}
