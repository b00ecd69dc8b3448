package uk.nhs.icb.caseworkflows.common.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditHashTest {

  private static final String PREVIOUS = "ab".repeat(32);

  @Test
  void theGenesisHashIsSixtyFourZeros() {
    assertThat(AuditHash.GENESIS).hasSize(64).matches("0+");
  }

  @Test
  void aHashIsSixtyFourLowerCaseHexDigits() {
    assertThat(AuditHash.of(AuditHash.GENESIS, 1L, "jane.smith")).matches("[0-9a-f]{64}");
  }

  @Test
  void theSameFieldsAlwaysGiveTheSameHash() {
    assertThat(AuditHash.of(PREVIOUS, 1L, "jane.smith", AuditKind.READ))
        .isEqualTo(AuditHash.of(PREVIOUS, 1L, "jane.smith", AuditKind.READ));
  }

  @Test
  void theHashIsSha256OfEachFieldWrittenWithItsLengthInFront() throws Exception {
    // The stored chains depend on this exact form: changing it breaks every existing trail.
    String canonical = "64:" + PREVIOUS + "|1:7|10:jane.smith|4:READ|0:|";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));

    assertThat(AuditHash.of(PREVIOUS, 7L, "jane.smith", AuditKind.READ, null)).isEqualTo(expected);
  }

  @Test
  void movingCharactersBetweenAdjacentFieldsChangesTheHash() {
    assertThat(AuditHash.of(PREVIOUS, "ab", "c")).isNotEqualTo(AuditHash.of(PREVIOUS, "a", "bc"));
    assertThat(AuditHash.of(PREVIOUS, "a|b", "")).isNotEqualTo(AuditHash.of(PREVIOUS, "a", "b"));
    assertThat(AuditHash.of(PREVIOUS, "1:x|", "")).isNotEqualTo(AuditHash.of(PREVIOUS, "", "1:x|"));
  }

  @Test
  void movingCharactersBetweenTheActorAndRolesOfAnEventChangesItsHash() {
    Instant now = Instant.parse("2026-11-02T09:00:00Z");
    AuditEntry entry = AuditEntry.read("view", "COMPLAINT", "complaint-1", "letter");
    AuditChainHead head = AuditChainHead.genesis();

    AuditEvent abAndC = AuditEvent.follow(head, now, "ab", "c", entry);
    AuditEvent aAndBc = AuditEvent.follow(head, now, "a", "bc", entry);

    assertThat(abAndC.hash()).isNotEqualTo(aAndBc.hash());
  }

  @Test
  void theHashDependsOnThePreviousHash() {
    assertThat(AuditHash.of(PREVIOUS, 1L, "x"))
        .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1L, "x"));
  }

  @Test
  void theHashDependsOnTheOrderOfFields() {
    assertThat(AuditHash.of(PREVIOUS, "x", "y")).isNotEqualTo(AuditHash.of(PREVIOUS, "y", "x"));
  }

  @Test
  void nonAsciiTextIsHashedWithoutLoss() {
    assertThat(AuditHash.of(PREVIOUS, "Zoë Brontë"))
        .isNotEqualTo(AuditHash.of(PREVIOUS, "Zoe Bronte"));
  }
}
