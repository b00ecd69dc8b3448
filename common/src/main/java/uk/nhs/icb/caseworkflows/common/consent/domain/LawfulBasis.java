package uk.nhs.icb.caseworkflows.common.consent.domain;

/**
 * The grounds on which information may be shared without the person's consent, under the common law
 * duty of confidentiality as the Caldicott principles apply it: a disclosure the law requires, or
 * one that is in the public interest, such as protecting someone from serious harm. Each is
 * approved by the Caldicott Guardian and recorded with its justification; none is assumed.
 */
public enum LawfulBasis {
  /** To protect a child or an adult at risk from abuse or neglect. */
  SAFEGUARDING("to protect a child or an adult at risk (safeguarding)"),
  /** To prevent serious harm to the person or to others, or to prevent or detect serious crime. */
  PREVENTING_SERIOUS_HARM("to prevent serious harm to the person or to others"),
  /** A statute or a court order requires the disclosure. */
  REQUIRED_BY_LAW("because the law or a court order requires it"),
  /**
   * Another public interest that outweighs the person's and the public's interest in confidence.
   */
  OVERRIDING_PUBLIC_INTEREST("in an overriding public interest");

  private final String description;

  LawfulBasis(String description) {
    this.description = description;
  }

  /** Words that finish "shared without consent ...". */
  public String description() {
    return description;
  }
}
