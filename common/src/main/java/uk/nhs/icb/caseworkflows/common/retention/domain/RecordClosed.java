package uk.nhs.icb.caseworkflows.common.retention.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case module's news that one of its cases has closed: the day its retention period starts. Fired
 * inside the closing transaction, so the retention clock starts exactly when the closure commits.
 */
public record RecordClosed(
    String recordType, String recordId, String reference, LocalDate closedOn) {

  public RecordClosed {
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(closedOn, "closedOn");
  }
}
