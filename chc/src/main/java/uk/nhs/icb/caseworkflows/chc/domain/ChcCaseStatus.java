package uk.nhs.icb.caseworkflows.chc.domain;

/** Where an NHS Continuing Healthcare case is in its life. */
public enum ChcCaseStatus {
  /** Referred by Checklist, waiting for the completed Checklist to reach the ICB. */
  AWAITING_CHECKLIST,
  /**
   * A negative Checklist: no full assessment, not eligible now; the letter offers reconsideration.
   */
  SCREENED_OUT,
  /** A positive Checklist or a direct referral: the MDT assesses and the 28 days run. */
  IN_FULL_ASSESSMENT,
  /** The ICB has decided eligibility. */
  DECIDED,
  /** The person, or whoever may consent for them, declined the assessment; nothing more is done. */
  ASSESSMENT_DECLINED
}
