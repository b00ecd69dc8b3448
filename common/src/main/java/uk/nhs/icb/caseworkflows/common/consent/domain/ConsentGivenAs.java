package uk.nhs.icb.caseworkflows.common.consent.domain;

/** In what capacity the person who gave a consent gave it. */
public enum ConsentGivenAs {
  /** The person the consent is about, for themselves. */
  THE_PERSON,
  /** Someone with standing to act for them: an attorney, a deputy, a parent, an executor. */
  REPRESENTATIVE,
  /**
   * A decision in the person's best interests under the Mental Capacity Act 2005, when they lack
   * capacity and nobody holds authority to consent for them.
   */
  BEST_INTERESTS_DECISION
}
