package uk.nhs.icb.caseworkflows.common.documents.application;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.documents.domain.AttachedTo;

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

  public boolean isAttachedTo(AttachedTo to) {
    return attachedKind.equals(to.kind()) && attachedId.equals(to.id());
  }
}
