package uk.nhs.icb.caseworkflows.complaints.application;

import java.util.Objects;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * A CDI event fired, inside the transaction that sends a further response, when a reopened
 * complaint closes again. What {@link ComplaintReopened} stopped may start afresh: a complaint that
 * closes upheld again is asked about its service-user story again, as on its first closure.
 */
public record ComplaintClosedAgain(Complaint complaint, int round) {

  public ComplaintClosedAgain {
    Objects.requireNonNull(complaint, "complaint");
  }
}
