package uk.nhs.icb.caseworkflows.chc.domain;

/** How a person comes to the ICB for NHS Continuing Healthcare. */
public enum ReferralRoute {
  /** A Checklist completed by a practitioner, screening for a full assessment. */
  CHECKLIST,
  /** A referral straight to full assessment, without a Checklist. */
  FULL_ASSESSMENT,
  /** The Fast Track Pathway Tool, for a rapidly deteriorating condition that may be terminal. */
  FAST_TRACK
}
