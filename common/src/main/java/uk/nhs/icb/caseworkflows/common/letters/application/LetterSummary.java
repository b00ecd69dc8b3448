package uk.nhs.icb.caseworkflows.common.letters.application;

import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;

/**
 * What a list shows of a letter, without its bytes; {@code formats} names the forms it was sent in
 * (the standard PDF, and a large-print PDF or plain text where the recipient needed them).
 */
public record LetterSummary(
    String id,
    String kind,
    String title,
    int templateVersion,
    String recipientName,
    String fileName,
    String createdBy,
    Instant createdAt,
    String sha256,
    long sizeBytes,
    List<LetterFormat> formats) {

  public LetterSummary {
    formats = formats == null ? List.of(LetterFormat.STANDARD) : List.copyOf(formats);
  }

  /** From a query that reads the variants' checksums, never their bytes. */
  public LetterSummary(
      String id,
      String kind,
      String title,
      int templateVersion,
      String recipientName,
      String fileName,
      String createdBy,
      Instant createdAt,
      String sha256,
      long sizeBytes,
      String largePrintSha256,
      String plainTextSha256) {
    this(
        id,
        kind,
        title,
        templateVersion,
        recipientName,
        fileName,
        createdBy,
        createdAt,
        sha256,
        sizeBytes,
        Letter.formats(largePrintSha256, plainTextSha256));
  }

  /** True when the letter went also as large print or plain text, for a case page's links. */
  public boolean hasOtherFormats() {
    return formats.size() > 1;
  }
}
