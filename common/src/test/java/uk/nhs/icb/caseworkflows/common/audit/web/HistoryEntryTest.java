package uk.nhs.icb.caseworkflows.common.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;

class HistoryEntryTest {

  @Test
  void anEntryShowsWhenWhoAndWhatButNotTheChainOrRoles() {
    Instant at = Instant.parse("2026-11-02T09:15:30.123Z");
    AuditEvent event =
        AuditEvent.follow(
            AuditChainHead.genesis(),
            at,
            "jane.smith",
            "COMPLAINTS_HANDLER",
            AuditEntry.change("CONSENT_RECORDED", "COMPLAINT", "c-1", "process the case"));

    assertThat(HistoryEntry.of(event))
        .isEqualTo(new HistoryEntry(at, "jane.smith", "CONSENT_RECORDED", "process the case"));
  }
}
