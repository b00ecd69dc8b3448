package uk.nhs.icb.caseworkflows.common.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The chain head at one moment, signed with the audit key, to be kept outside the database: the IG
 * officer downloads it as a file, and the nodes write it to their log. Checked later, it shows the
 * events up to its sequence number are still as they were when it was taken; kept out of reach of
 * whoever holds the database and the key, it holds against them too.
 */
public record AuditCheckpoint(
    long sequence, String hash, Instant takenAt, String keyId, String mac) {

  /** Signs the head as it stands. */
  public static AuditCheckpoint of(AuditChainHead head, Instant now, AuditSeal seal) {
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    String hash = head.lastHash();
    return new AuditCheckpoint(
        head.lastSequence(),
        hash,
        at,
        seal.keyId(),
        seal.ofCheckpoint(canonical(head.lastSequence(), hash, at, seal.keyId())));
  }

  /** Whether this checkpoint was made with this key and is unedited. */
  public boolean signedBy(AuditSeal seal) {
    return seal.keyId().equals(keyId)
        && AuditSeal.same(seal.ofCheckpoint(canonical(sequence, hash, takenAt, keyId)), mac);
  }

  private static String canonical(long sequence, String hash, Instant takenAt, String keyId) {
    return sequence + "|" + hash + "|" + takenAt + "|" + keyId;
  }
}
