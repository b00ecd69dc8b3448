package uk.nhs.icb.caseworkflows.common.idempotency.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a request asked for, as a SHA-256 of its method, path and body: two requests with the same
 * fingerprint ask for the same thing, so the second may be answered with the first one's answer.
 */
public record RequestFingerprint(String value) {

  public static RequestFingerprint of(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return new RequestFingerprint(HexFormat.of().formatHex(digest.digest()));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }

  /** The row id of a caller's key: callers never see, or collide with, each other's keys. */
  public static String keyId(String caller, String key) {
    return of("KEY", caller, key.getBytes(StandardCharsets.UTF_8)).value();
  }
}
