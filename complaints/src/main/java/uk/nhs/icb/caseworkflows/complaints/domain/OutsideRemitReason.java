package uk.nhs.icb.caseworkflows.complaints.domain;

/** Why a complaint is not for the ICB, which decides where the letter sends the complainant. */
public enum OutsideRemitReason {
  /** The same complaint is already with the provider: a complainant goes to one or the other. */
  ALREADY_WITH_PROVIDER,
  /** The Ombudsman is investigating or has investigated it. */
  WITH_OMBUDSMAN,
  /** Not about NHS services (a council, a private provider, an employment matter). */
  NOT_NHS,
  /**
   * A dispute with an NHS Continuing Healthcare eligibility decision: it has its own review route
   * (local resolution, then NHS England's independent review), which the letter explains.
   */
  CHC_DECISION,
  /**
   * A dispute with an Individual Funding Request decision: it has its own review route (a review of
   * the decision, asked for in writing), which the letter explains.
   */
  IFR_DECISION,
  OTHER
}
