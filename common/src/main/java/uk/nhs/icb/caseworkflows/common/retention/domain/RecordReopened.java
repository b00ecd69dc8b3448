package uk.nhs.icb.caseworkflows.common.retention.domain;

import java.util.Objects;

/**
 * A case module's news that a closed case was reopened (a complaint reopened for a further
 * response): its retention clock stops, and starts again from the new closure. Fired inside the
 * reopening transaction.
 */
public record RecordReopened(String recordType, String recordId) {

  public RecordReopened {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(recordId, "recordId");
  }
}
