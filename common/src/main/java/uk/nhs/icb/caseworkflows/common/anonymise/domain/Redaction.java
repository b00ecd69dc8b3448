package uk.nhs.icb.caseworkflows.common.anonymise.domain;

/**
 * Takes identities out of free text. Redactions compose, so the known-identity redaction of a case
 * and a later generic detector run one after the other, the known identities first (they are the
 * surest).
 */
@FunctionalInterface
public interface Redaction {

  /**
   * The text with each identity this redaction knows replaced by its placeholder; null stays null.
   */
  String redact(String text);

  /** This redaction, then {@code next} over what it left. */
  default Redaction andThen(Redaction next) {
    return text -> next.redact(redact(text));
  }
}
