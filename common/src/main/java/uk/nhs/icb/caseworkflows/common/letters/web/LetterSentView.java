package uk.nhs.icb.caseworkflows.common.letters.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;

/**
 * A letter a case sent, as its file shows it, with where {@link CaseLettersResource} serves it and
 * every form it was sent in (standard, large print, plain text) with its own download.
 */
public record LetterSentView(
    String id,
    String kind,
    String title,
    String recipient,
    Instant issuedAt,
    String download,
    List<Form> formats) {

  /** One form a letter was sent in ("standard", "large-print", "plain-text") and its download. */
  public record Form(String format, String download) {}

  public static LetterSentView of(String caseType, String caseId, LetterSummary letter) {
    String download = "/api/cases/" + caseType + "/" + caseId + "/letters/" + letter.id();
    return new LetterSentView(
        letter.id(),
        letter.kind(),
        letter.title(),
        letter.recipientName(),
        letter.createdAt(),
        download,
        letter.formats().stream()
            .map(
                format ->
                    new Form(
                        format.code(),
                        format == LetterFormat.STANDARD
                            ? download
                            : download + "?format=" + format.code()))
            .toList());
  }
}
