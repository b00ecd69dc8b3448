package uk.nhs.icb.caseworkflows.complaints.letters;

/**
 * How many working days after the day a letter is issued each reply it asks for is due.
 *
 * @param consentReturn the signed consent form
 * @param identityReply the complainant's choice when they cannot stay anonymous
 * @param providerResponse the organisation's reply to a disclosure notice, when the process did not
 *     set its own date
 * @param holdingNewResponse the new response date a holding letter promises, when the response date
 *     on file has already passed
 */
public record LetterPeriods(
    int consentReturn, int identityReply, int providerResponse, int holdingNewResponse) {

  public LetterPeriods {
    if (consentReturn < 1 || identityReply < 1 || providerResponse < 1 || holdingNewResponse < 1) {
      throw new IllegalArgumentException("a letter gives at least one working day to reply");
    }
  }
}
