package uk.nhs.icb.caseworkflows.common.security.application;

import java.util.Map;

/**
 * PBKDF2 parameters, stronger than Soteria's defaults (SHA-256, 2,048 iterations): HMAC-SHA512 with
 * 210,000 iterations as OWASP recommends, and a 32-byte random salt per password. The identity
 * store annotation repeats these constants, because annotation values cannot be computed.
 */
public final class PasswordPolicy {

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";

  private PasswordPolicy() {}

  static Map<String, String> asParameters() {
    return Map.of(
        "Pbkdf2PasswordHash.Algorithm", value(ALGORITHM),
        "Pbkdf2PasswordHash.Iterations", value(ITERATIONS),
        "Pbkdf2PasswordHash.SaltSizeBytes", value(SALT_SIZE));
  }

  private static String value(String parameter) {
    return parameter.substring(parameter.indexOf('=') + 1);
  }
}
