package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Map;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * What a workflow puts into one letter: which kind, the case reference, the patient's NHS number
 * when the letter is about a patient (null otherwise), who it goes to, who signs it, and the fields
 * the template asks for (text, numbers, true/false, dates, lists and nested maps of those).
 */
public record LetterContent(
    String kind,
    String reference,
    NhsNumber nhsNumber,
    Recipient recipient,
    Signatory signatory,
    Map<String, Object> fields) {

  public LetterContent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(signatory, "signatory");
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }
}
