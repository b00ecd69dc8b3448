package uk.nhs.icb.caseworkflows.complaints.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A CDI event fired, inside the reopening transaction, when a complaint is reopened for a further
 * response. Whatever runs on the closed complaint and must stop while it is open again observes it
 * (the service-user story's consent, which waits for a closed, upheld complaint); the retention
 * clock is stopped through the kit's {@code RetentionStart} in the same transaction.
 */
public record ComplaintReopened(String complaintId, String reference, int round, Instant at) {

  public ComplaintReopened {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(at, "at");
  }
}
