package uk.nhs.icb.caseworkflows.complaints.stories.web;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.RedactedText;

/** The redacted text and each redaction's place in the original (offsets in UTF-16 characters). */
public record RedactionPreviewView(String redacted, List<Redaction> redactions) {

  /** Characters start (inclusive) to end (exclusive) of the original, and the kind taken out. */
  public record Redaction(int start, int end, String kind) {}

  static RedactionPreviewView of(RedactedText text) {
    return new RedactionPreviewView(
        text.redacted(),
        text.redactions().stream()
            .map(span -> new Redaction(span.start(), span.end(), span.kind().name()))
            .toList());
  }
}
