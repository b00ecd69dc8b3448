package uk.nhs.icb.caseworkflows.common.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over an event's fields and the previous hash. Each field is written with its length in
 * front, so that moving characters from one field to the next changes the hash.
 */
public final class AuditHash {

  /** The "previous hash" of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHash() {}

  public static String of(String previousHash, Object... fields) {
    StringBuilder canonical = new StringBuilder();
    append(canonical, previousHash);
    for (Object field : fields) {
      append(canonical, field == null ? "" : field.toString());
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }

  private static void append(StringBuilder canonical, String value) {
    canonical.append(value.length()).append(':').append(value).append('|');
  }
}
