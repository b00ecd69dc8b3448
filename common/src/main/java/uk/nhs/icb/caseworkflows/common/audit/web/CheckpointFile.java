package uk.nhs.icb.caseworkflows.common.audit.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditCheckpoint;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * A checkpoint as the IG officer kept it (the downloaded file, or the JSON of a log line), sent
 * back to be verified against.
 */
public record CheckpointFile(Long sequence, String hash, String takenAt, String keyId, String mac) {

  private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern HEX_16 = Pattern.compile("[0-9a-f]{16}");

  /** The checkpoint, or 400 naming every field that is missing or malformed. */
  AuditCheckpoint toCheckpoint() {
    List<FieldError> errors = new ArrayList<>();
    if (sequence == null || sequence < 0) {
      errors.add(new FieldError("sequence", "Give the checkpoint's sequence number (0 or more)."));
    }
    hex("hash", hash, HEX_64, errors);
    hex("keyId", keyId, HEX_16, errors);
    hex("mac", mac, HEX_64, errors);
    Instant at = null;
    try {
      at = takenAt == null ? null : Instant.parse(takenAt);
    } catch (DateTimeParseException e) {
      at = null;
    }
    if (at == null) {
      errors.add(new FieldError("takenAt", "Give the time the checkpoint was taken, as written."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new AuditCheckpoint(sequence, hash, at, keyId, mac);
  }

  private static void hex(String field, String value, Pattern shape, List<FieldError> errors) {
    if (value == null || !shape.matcher(value).matches()) {
      errors.add(
          new FieldError(field, "Give the checkpoint's " + field + " exactly as it was written."));
    }
  }
}
