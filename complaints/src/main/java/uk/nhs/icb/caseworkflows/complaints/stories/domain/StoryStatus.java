package uk.nhs.icb.caseworkflows.complaints.stories.domain;

/** Where a story stands. Only {@code PUBLISHED} reaches the governing body. */
public enum StoryStatus {
  /** Letters asking consent sent; waiting for every answer. */
  AWAITING_CONSENT,
  /** Everyone asked consented; the handler writes (or rewrites after a return) the draft. */
  DRAFTING,
  MANAGER_REVIEW,
  CALDICOTT_REVIEW,
  PUBLISHED,
  /** Someone refused, or did not reply after one reminder: no consent, no story. */
  NOT_TOLD,
  /** Consent withdrawn: unpublished and kept out of every future report. */
  WITHDRAWN,
  /** The complaint was reopened while the story was under way. */
  STOPPED
}
