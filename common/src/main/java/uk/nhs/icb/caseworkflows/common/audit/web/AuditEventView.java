package uk.nhs.icb.caseworkflows.common.audit.web;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;

/** An audit event as the IG team reads it, with its place in the chain. */
public record AuditEventView(
    long sequence,
    Instant occurredAt,
    String actor,
    String roles,
    String kind,
    String action,
    String caseType,
    String caseId,
    String detail,
    String hash) {

  static AuditEventView of(AuditEvent event) {
    return new AuditEventView(
        event.sequenceNumber(),
        event.occurredAt(),
        event.actor(),
        event.roles(),
        event.kind().name(),
        event.action(),
        event.caseType(),
        event.caseId(),
        event.detail(),
        event.hash());
  }
}
