package uk.nhs.icb.caseworkflows.complaints.domain;

/** Why a complaint was closed; the reason decides which letter, if any, goes with it. */
public enum ClosureReason {
  /** The final response was sent. */
  RESPONDED,
  /** The complainant withdrew the complaint. */
  WITHDRAWN,
  /** The consent the complaint needed was not given, or was withdrawn. */
  CONSENT_NOT_GIVEN,
  /**
   * The complainant declined to be named to those complained about when the complaint could not be
   * investigated without it: it could not be shared, which is not the same as withdrawing it.
   */
  CONSENT_DECLINED,
  /** Not for the ICB: the letter says where to go instead. */
  OUTSIDE_REMIT,
  /** Made after the time limit, and not accepted late. */
  OUT_OF_TIME,
  /** The representative's standing to complain for the patient was not accepted (reg 5). */
  STANDING_REFUSED,
  /**
   * Passed, with the complainant's consent, to the provider to handle and answer: the complaint
   * goes on there, so it is not withdrawn.
   */
  TRANSFERRED,
  /** Spoken, and resolved by the end of the next working day: outside the formal process. */
  RESOLVED_ORALLY
}
