package uk.nhs.icb.caseworkflows.common.documents.application;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.documents.domain.AttachedTo;
import uk.nhs.icb.caseworkflows.common.documents.domain.CaseDocument;

/** What a list shows of a stored document, without its bytes. */
public record DocumentSummary(
    String id,
    String attachedKind,
    String attachedId,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  public static DocumentSummary of(CaseDocument document) {
    return new DocumentSummary(
        document.id(),
        document.attachedTo().kind(),
        document.attachedTo().id(),
        document.name().value(),
        document.type().mediaType(),
        document.sizeBytes(),
        document.sha256(),
        document.uploadedBy(),
        document.uploadedAt());
  }

  public boolean isAttachedTo(AttachedTo to) {
    return attachedKind.equals(to.kind()) && attachedId.equals(to.id());
  }
}
