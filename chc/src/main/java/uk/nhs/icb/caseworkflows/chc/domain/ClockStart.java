package uk.nhs.icb.caseworkflows.chc.domain;

/** What the ICB received that starts the 28 days to an eligibility decision. */
public enum ClockStart {
  /** A Checklist showing that a full assessment is needed. */
  POSITIVE_CHECKLIST,
  /** A referral straight to full assessment, without a Checklist. */
  REFERRAL_FOR_FULL_ASSESSMENT,
  /** A review found needs changed materially: a full reassessment of someone eligible. */
  REASSESSMENT,
  /** A local resolution or independent review reopened the decision. */
  DECISION_REOPENED
}
