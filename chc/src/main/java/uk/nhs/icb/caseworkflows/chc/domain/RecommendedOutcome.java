package uk.nhs.icb.caseworkflows.chc.domain;

/** What the multidisciplinary team recommends to the ICB, which makes the decision. */
public enum RecommendedOutcome {
  /** The individual has a primary health need and so is eligible for NHS Continuing Healthcare. */
  ELIGIBLE,
  NOT_ELIGIBLE
}
