package uk.nhs.icb.caseworkflows.complaints.letters;

import java.time.LocalDate;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;

/**
 * What the process knows about why a letter goes now, beyond the complaint file itself: the model's
 * instructions to the letter task ({@code anonymous}, {@code late}, {@code reminder}), the routing
 * flag that says consent is still outstanding, the date the provider must reply by, the case's
 * consent records (a named disclosure cites the complainant's consent), and the response the
 * manager signed off.
 *
 * @param providerResponseDue null when the process has not set one
 * @param response null until a response is drafted
 */
public record LetterCircumstances(
    boolean anonymous,
    boolean late,
    boolean reminder,
    boolean consentOutstanding,
    LocalDate providerResponseDue,
    ConsentCheck consents,
    ResponseWording response) {

  public LetterCircumstances {
    consents = consents == null ? ConsentCheck.none() : consents;
  }

  /** Nothing beyond the complaint file. */
  public static LetterCircumstances none() {
    return new LetterCircumstances(false, false, false, false, null, null, null);
  }

  public LetterCircumstances anonymously() {
    return new LetterCircumstances(
        true, late, reminder, consentOutstanding, providerResponseDue, consents, response);
  }

  public LetterCircumstances outOfTime() {
    return new LetterCircumstances(
        anonymous, true, reminder, consentOutstanding, providerResponseDue, consents, response);
  }

  public LetterCircumstances withConsentOutstanding() {
    return new LetterCircumstances(
        anonymous, late, reminder, true, providerResponseDue, consents, response);
  }

  public LetterCircumstances withConsents(ConsentCheck given) {
    return new LetterCircumstances(
        anonymous, late, reminder, consentOutstanding, providerResponseDue, given, response);
  }

  public LetterCircumstances withResponse(ResponseWording signedOff) {
    return new LetterCircumstances(
        anonymous, late, reminder, consentOutstanding, providerResponseDue, consents, signedOff);
  }

  public Optional<LocalDate> providerResponseDueDate() {
    return Optional.ofNullable(providerResponseDue);
  }

  public Optional<ResponseWording> responseWording() {
    return Optional.ofNullable(response);
  }
}
