package uk.nhs.icb.caseworkflows.common.documents.web;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;

/**
 * A document as a case file shows it: the name it came with (for display only), the type found in
 * its bytes, its size and SHA-256, who attached it and when, and where to download it.
 */
public record DocumentView(
    String id,
    String name,
    String mediaType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String download) {

  /** The document, downloaded at {@code below}/its id (the case module's address). */
  public static DocumentView of(DocumentSummary document, String below) {
    return new DocumentView(
        document.id(),
        document.fileName(),
        document.mediaType(),
        document.sizeBytes(),
        document.sha256(),
        document.uploadedBy(),
        document.uploadedAt(),
        below + "/" + document.id());
  }
}
