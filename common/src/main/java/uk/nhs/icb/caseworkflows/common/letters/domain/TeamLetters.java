package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * What every letter one workflow's team sends says about the team: whom to contact, the advocacy
 * service that can help, and who signs. A letter from the team greets its addressee, carries the
 * team's {@code contact} block and goes in the forms the addressee's needs ask for; a letter that
 * must be signed by someone else (a complaint's final response by the responsible person) names its
 * own signatory.
 */
public record TeamLetters(TeamContact contact, AdvocacyService advocacy, Signatory signatory) {

  public TeamLetters {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(advocacy, "advocacy");
    Objects.requireNonNull(signatory, "signatory");
  }

  /**
   * A letter of {@code kind} to {@code to}, signed by the team's signatory.
   *
   * @param nhsNumber the patient's, when the letter is about a patient; null otherwise
   */
  public AddressedLetter letter(
      String kind,
      String reference,
      NhsNumber nhsNumber,
      Addressee to,
      Map<String, Object> fields) {
    return letter(kind, reference, nhsNumber, to, signatory, fields);
  }

  /** As {@link #letter(String, String, NhsNumber, Addressee, Map)}, signed by {@code signedBy}. */
  public AddressedLetter letter(
      String kind,
      String reference,
      NhsNumber nhsNumber,
      Addressee to,
      Signatory signedBy,
      Map<String, Object> fields) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("salutation", to.salutation());
    all.put("contact", contact.fields());
    all.putAll(fields);
    return new AddressedLetter(
        new LetterContent(kind, reference, nhsNumber, to.recipient(), signedBy, all), to.needs());
  }
}
