package uk.nhs.icb.caseworkflows.common.consent.domain;

/**
 * What a consent allows. Each purpose is consented to separately, because a person may agree to one
 * and not another (to the ICB handling their complaint, but not to their name reaching the practice
 * they complain about).
 */
public enum ConsentPurpose {
  /** The organisation may handle the case using the person's information. */
  PROCESS_CASE("handle the case"),
  /** The person's information may be shared with the provider, e.g. to investigate. */
  SHARE_WITH_PROVIDER("share information with the provider"),
  /**
   * A representative may act for the person, and the person's information may be shared with the
   * representative.
   */
  REPRESENTATIVE_TO_ACT("let a representative act for them"),
  /** The person's identity may be disclosed to the organisation or people complained about. */
  SHARE_IDENTITY_WITH_SUBJECT("tell those complained about who they are"),
  /**
   * The complaint may be passed to the provider complained about, which then handles it and answers
   * the complainant itself; the complainant is named to the provider so that it can.
   */
  TRANSFER_TO_PROVIDER("have the complaint passed to the provider to handle"),
  /**
   * The person's information may be shared with the family members and representatives they (or
   * whoever may decide for them) named, e.g. an NHS Continuing Healthcare outcome.
   */
  SHARE_WITH_FAMILY("share information with named family and representatives"),
  /** An anonymised story of the case may be published to the governing body. */
  PUBLISH_STORY("publish an anonymised story");

  private final String description;

  ConsentPurpose(String description) {
    this.description = description;
  }

  /**
   * Sharing may rest on a lawful basis without consent that the Caldicott Guardian approved
   * (safeguarding, say); handling a case, acting for someone and publishing a story need consent.
   */
  public boolean mayRestOnABasisWithoutConsent() {
    return this == SHARE_WITH_PROVIDER;
  }

  /** Words that finish "consent to ...", for messages to staff. */
  public String description() {
    return description;
  }
}
