package uk.nhs.icb.caseworkflows.common.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Instant NOW = Instant.parse("2026-11-02T09:15:30.123456789Z");

  @Test
  void theFirstEventFollowsTheGenesisHead() {
    AuditEvent event =
        AuditEvent.follow(
            AuditChainHead.genesis(),
            NOW,
            "jane.smith",
            "CHC_NURSE,COMPLAINTS_HANDLER",
            AuditEntry.change("close", "COMPLAINT", "complaint-9", "status"));

    assertThat(event.sequenceNumber()).isEqualTo(1);
    assertThat(event.previousHash()).isEqualTo(AuditHash.GENESIS);
    assertThat(event.actor()).isEqualTo("jane.smith");
    assertThat(event.roles()).isEqualTo("CHC_NURSE,COMPLAINTS_HANDLER");
    assertThat(event.kind()).isEqualTo(AuditKind.CHANGE);
    assertThat(event.action()).isEqualTo("close");
    assertThat(event.caseType()).isEqualTo("COMPLAINT");
    assertThat(event.caseId()).isEqualTo("complaint-9");
    assertThat(event.detail()).isEqualTo("status");
  }

  @Test
  void anEventTakesTheNextSequenceNumberAndTheLastHashFromTheHead() {
    AuditChains chain = AuditChains.ofLength(3);

    AuditEvent fourth =
        AuditEvent.follow(
            chain.head, NOW, "jane.smith", "", AuditEntry.read("view", null, null, null));

    assertThat(fourth.sequenceNumber()).isEqualTo(4);
    assertThat(fourth.previousHash()).isEqualTo(chain.event(3).hash());
  }

  @Test
  void theTimeIsKeptToTheMillisecondBecauseTheDatabasesKeepNoMore() {
    AuditEvent event = firstReadOfAnIfr("");

    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-02T09:15:30.123Z"));
  }

  @Test
  void theStoredHashIsTheHashOfTheStoredFields() {
    AuditEvent event = firstReadOfAnIfr("");

    assertThat(event.hash()).isEqualTo(event.computeHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void theHashCoversTheMillisecondTimeSoItStillVerifiesAfterADatabaseRoundTrip() {
    AuditEvent event = firstReadOfAnIfr("");
    // What a database with microsecond precision gives back.
    AuditChains.setField(event, "occurredAt", event.occurredAt().truncatedTo(ChronoUnit.MICROS));

    assertThat(event.computeHash()).isEqualTo(event.hash());
  }

  @Test
  void theHashCoversEveryRecordedField() {
    AuditChains chain = AuditChains.ofLength(1);
    AuditEvent event = chain.event(1);
    Object[][] edits = {
      {"sequenceNumber", 2L},
      {"occurredAt", event.occurredAt().plusMillis(1)},
      {"actor", "other"},
      {"roles", "OTHER"},
      {"kind", AuditKind.READ},
      {"action", "other"},
      {"caseType", "IFR"},
      {"caseId", "other"},
      {"detail", "other"},
      {"previousHash", "f".repeat(64)},
    };

    for (Object[] edit : edits) {
      AuditEvent copy = AuditChains.ofLength(1).event(1);
      AuditChains.setField(copy, (String) edit[0], edit[1]);
      assertThat(copy.computeHash()).as(edit[0] + " is covered").isNotEqualTo(copy.hash());
    }
  }

  @Test
  void aMissingDetailIsRecordedAsEmpty() {
    AuditEvent event = firstReadOfAnIfr(null);

    assertThat(event.detail()).isEmpty();
  }

  /** The first event of a new chain: jane.smith, with no roles, viewing IFR case ifr-1. */
  private static AuditEvent firstReadOfAnIfr(String detail) {
    return AuditEvent.follow(
        AuditChainHead.genesis(),
        NOW,
        "jane.smith",
        "",
        AuditEntry.read("view", "IFR", "ifr-1", detail));
  }
}
