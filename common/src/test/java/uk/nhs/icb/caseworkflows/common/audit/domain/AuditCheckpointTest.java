package uk.nhs.icb.caseworkflows.common.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCheckpointTest {

  private static final Instant NOW = Instant.parse("2026-12-06T01:30:00.456789Z");

  @Test
  void aCheckpointSignsTheHeadAndIsRecognisedByItsKeyOnly() {
    AuditChains chain = AuditChains.ofLength(5);

    AuditCheckpoint checkpoint = AuditCheckpoint.of(chain.head, NOW, AuditChains.SEAL);

    assertThat(checkpoint.sequence()).isEqualTo(5);
    assertThat(checkpoint.hash()).isEqualTo(chain.event(5).hash());
    assertThat(checkpoint.takenAt()).isEqualTo(Instant.parse("2026-12-06T01:30:00.456Z"));
    assertThat(checkpoint.keyId()).isEqualTo(AuditChains.SEAL.keyId());
    assertThat(checkpoint.signedBy(AuditChains.SEAL)).isTrue();
    assertThat(checkpoint.signedBy(new AuditSeal("some other key of thirty-two bytes".getBytes())))
        .isFalse();
  }

  @Test
  void anEditedCheckpointIsNoLongerSigned() {
    AuditChains chain = AuditChains.ofLength(5);
    AuditCheckpoint kept = AuditCheckpoint.of(chain.head, NOW, AuditChains.SEAL);

    AuditCheckpoint earlier =
        new AuditCheckpoint(4, chain.event(4).hash(), kept.takenAt(), kept.keyId(), kept.mac());
    AuditCheckpoint otherHash =
        new AuditCheckpoint(5, chain.event(4).hash(), kept.takenAt(), kept.keyId(), kept.mac());
    AuditCheckpoint otherTime =
        new AuditCheckpoint(
            5, kept.hash(), kept.takenAt().plusSeconds(1), kept.keyId(), kept.mac());

    assertThat(earlier.signedBy(AuditChains.SEAL)).isFalse();
    assertThat(otherHash.signedBy(AuditChains.SEAL)).isFalse();
    assertThat(otherTime.signedBy(AuditChains.SEAL)).isFalse();
  }

  @Test
  void aChainThatStillReachesTheCheckpointUnchangedVerifies() {
    AuditChains chain = AuditChains.ofLength(4);
    AuditCheckpoint kept = AuditCheckpoint.of(chain.head, NOW, AuditChains.SEAL);
    chain.append("jane.smith", "COMPLAINTS_HANDLER", "complaint-5", "later");

    assertThat(chain.verifyAgainst(kept)).isEqualTo(ChainVerification.intact(5));
  }

  @Test
  void eventsRemovedFromTheEndWithTheHeadWoundBackAreCaughtOnlyByTheCheckpoint() {
    AuditChains kept = AuditChains.ofLength(6);
    AuditCheckpoint checkpoint = AuditCheckpoint.of(kept.head, NOW, AuditChains.SEAL);
    // The same trail as it stood at event 4: what a database writer gets by deleting events 5
    // and 6 and putting the head back to event 4. Every hash and MAC is genuine.
    AuditChains truncated = AuditChains.ofLength(4);

    assertThat(truncated.verify().intact()).isTrue();
    ChainVerification verdict = truncated.verifyAgainst(checkpoint);

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(5L);
    assertThat(verdict.problem()).startsWith("event 5 is missing: the checkpoint taken");
  }

  @Test
  void aRewriteBySomeoneHoldingTheKeyIsCaughtAtTheCheckpointTheyCouldNotReach() {
    AuditChains chain = AuditChains.ofLength(6);
    AuditCheckpoint checkpoint = AuditCheckpoint.of(chain.head, NOW, AuditChains.SEAL);
    chain.rewriteWith(AuditChains.SEAL, 2, "fields: rewritten with the key");

    assertThat(chain.verify().intact()).as("with the key, the rewrite is perfect").isTrue();
    ChainVerification verdict = chain.verifyAgainst(checkpoint);

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(6L);
    assertThat(verdict.problem())
        .startsWith("event 6 is not as it was at the checkpoint taken 2026-12-06T01:30:00.456Z");
  }

  @Test
  void theKeyIsRefusedWhenShorterThan32Bytes() {
    assertThatThrownBy(() -> new AuditSeal(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 32 bytes");
    assertThat(new AuditSeal(new byte[32]).keyId()).hasSize(16);
  }

  @Test
  void anEventsMacDependsOnTheKeySequenceAndHash() {
    AuditSeal seal = AuditChains.SEAL;
    AuditSeal other = new AuditSeal("some other key of thirty-two bytes".getBytes());
    String hash = "ab".repeat(32);

    assertThat(seal.ofEvent(1, hash)).hasSize(64).isNotEqualTo(other.ofEvent(1, hash));
    assertThat(seal.ofEvent(1, hash)).isNotEqualTo(seal.ofEvent(2, hash));
    assertThat(seal.ofEvent(1, hash)).isNotEqualTo(seal.ofEvent(1, "cd".repeat(32)));
    assertThat(seal.ofEvent(1, hash)).isEqualTo(seal.ofEvent(1, hash));
  }
}
