package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.json.Json;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditCheckpoint;

/** The one written form of a checkpoint: the file's content and the log line's tail. */
public final class AuditCheckpointJson {

  private AuditCheckpointJson() {}

  public static String write(AuditCheckpoint checkpoint) {
    return Json.createObjectBuilder()
        .add("sequence", checkpoint.sequence())
        .add("hash", checkpoint.hash())
        .add("takenAt", checkpoint.takenAt().toString())
        .add("keyId", checkpoint.keyId())
        .add("mac", checkpoint.mac())
        .build()
        .toString();
  }
}
