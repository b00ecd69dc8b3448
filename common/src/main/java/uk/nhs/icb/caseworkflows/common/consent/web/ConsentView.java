package uk.nhs.icb.caseworkflows.common.consent.web;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;

/**
 * A consent as a case file shows it: whose (their role in the case), for what, how and when it was
 * given, and when it was withdrawn (null while in force).
 */
public record ConsentView(
    String id, String whose, String purpose, String method, Instant givenAt, Instant withdrawnAt) {

  public static ConsentView of(ConsentRecord record) {
    return new ConsentView(
        record.id(),
        record.subject().roleInCase(),
        record.purpose().name(),
        record.method().name(),
        record.givenAt(),
        record.withdrawal() == null ? null : record.withdrawal().withdrawnAt());
  }
}
