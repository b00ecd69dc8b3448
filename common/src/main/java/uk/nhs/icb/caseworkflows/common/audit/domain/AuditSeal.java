package uk.nhs.icb.caseworkflows.common.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the audit key, which lives in configuration and never in the database. An
 * event's MAC covers its hash, and so, through the hashes, every event before it: someone who can
 * write to the database can recompute every hash, but not a MAC, without the key.
 */
public final class AuditSeal {

  /** Shorter keys are refused: HMAC-SHA256's strength needs 256 bits of key. */
  public static final int MINIMUM_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;
  private final String keyId;

  public AuditSeal(byte[] keyBytes) {
    if (keyBytes == null || keyBytes.length < MINIMUM_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the audit key must be at least " + MINIMUM_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(keyBytes.clone(), ALGORITHM);
    this.prototype = initialised();
    this.keyId = mac("icb-audit-key-id").substring(0, 16);
  }

  /**
   * A short name for the key, safe to print (a MAC under the key, not the key), so that a
   * checkpoint says which key made it and the nodes of one cluster can be seen to share theirs.
   */
  public String keyId() {
    return keyId;
  }

  /** The MAC an event with this sequence number and hash must carry. */
  public String ofEvent(long sequence, String hash) {
    return mac("icb-audit-event-v1|" + sequence + "|" + hash);
  }

  /** The MAC of a checkpoint's fields, as written in the file and the log line. */
  public String ofCheckpoint(String canonicalFields) {
    return mac("icb-audit-checkpoint-v1|" + canonicalFields);
  }

  /** Compares in constant time, so a guesser learns nothing from how long a refusal takes. */
  public static boolean same(String expected, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  private String mac(String message) {
    return HexFormat.of().formatHex(fresh().doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  /** A copy of the keyed prototype: cloning skips the provider look-up and key set-up per MAC. */
  private Mac fresh() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException notThisProvider) {
      return initialised();
    }
  }

  private Mac initialised() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
    }
  }
}
