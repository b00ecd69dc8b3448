package uk.nhs.icb.caseworkflows.common.letters.application;

import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;

/**
 * What a list shows of a letter, without its bytes. The checksums of its large-print and plain-text
 * forms are null for a letter not sent in them.
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
    String largePrintSha256,
    String plainTextSha256) {

  /** The forms the letter was sent in, the standard PDF first, for a page's download links. */
  public List<LetterFormat> formats() {
    return Letter.formats(largePrintSha256, plainTextSha256);
  }
}
