package uk.nhs.icb.caseworkflows.common.audit.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;

/**
 * Where the audit key came from: {@code app.audit.key} (base64), the file named by {@code
 * app.audit.key-file} (holding the same base64 text, e.g. a mounted secret), or, with neither, the
 * development key, which everybody who has read this code knows and which therefore proves nothing.
 * Never the database: a key stored beside the events would let whoever rewrites them re-sign them.
 */
public record AuditKeySource(AuditSeal seal, String from, boolean development) {

  /** Base64 of "development-only audit key: never use in production". */
  static final String DEVELOPMENT_KEY =
      "ZGV2ZWxvcG1lbnQtb25seSBhdWRpdCBrZXk6IG5ldmVyIHVzZSBpbiBwcm9kdWN0aW9u";

  /** Reads the key; a key that cannot be used stops the start with a sentence saying why. */
  public static AuditKeySource resolve(Optional<String> key, Optional<String> keyFile) {
    Optional<String> givenKey = key.filter(text -> !text.isBlank());
    Optional<String> givenFile = keyFile.filter(text -> !text.isBlank());
    if (givenKey.isPresent() && givenFile.isPresent()) {
      throw new IllegalStateException(
          "both app.audit.key and app.audit.key-file are set: give the audit key one way only");
    }
    if (givenFile.isPresent()) {
      Path file = Path.of(givenFile.get());
      return new AuditKeySource(
          seal(read(file), "the file named by app.audit.key-file"), "file " + file, false);
    }
    if (givenKey.isPresent()) {
      return new AuditKeySource(seal(givenKey.get(), "app.audit.key"), "app.audit.key", false);
    }
    return new AuditKeySource(
        seal(DEVELOPMENT_KEY, "the development key"), "the development key", true);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "the audit key file " + file + " (app.audit.key-file) cannot be read: " + e, e);
    }
  }

  private static AuditSeal seal(String base64, String where) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the audit key in " + where + " is not base64", e);
    }
    if (bytes.length < AuditSeal.MINIMUM_KEY_BYTES) {
      throw new IllegalStateException(
          "the audit key in "
              + where
              + " has "
              + bytes.length
              + " bytes; it needs at least "
              + AuditSeal.MINIMUM_KEY_BYTES
              + " (make one with: openssl rand -base64 32)");
    }
    return new AuditSeal(bytes);
  }
}
