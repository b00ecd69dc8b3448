package uk.nhs.icb.caseworkflows.common.audit.web;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;

/** One thing that happened to a case, from its audit trail, as its file shows it. */
public record HistoryEntry(Instant at, String actor, String action, String detail) {

  public static HistoryEntry of(AuditEvent event) {
    return new HistoryEntry(event.occurredAt(), event.actor(), event.action(), event.detail());
  }
}
