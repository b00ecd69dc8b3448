package uk.nhs.icb.caseworkflows.common.retention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.retention.domain.DestructionCertificate;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetentionExtension;

/** What the retention resource answers: records under retention and certificates of destruction. */
public final class RetentionViews {

  private RetentionViews() {}

  public record Extension(
      LocalDate previousUntil,
      LocalDate extendedUntil,
      String reason,
      String decidedBy,
      Instant decidedAt) {

    static Extension of(RetentionExtension extension) {
      return new Extension(
          extension.previousUntil(),
          extension.extendedUntil(),
          extension.reason(),
          extension.decidedBy(),
          extension.decidedAt());
    }
  }

  public record Record(
      String recordType,
      String recordId,
      String reference,
      LocalDate closedOn,
      LocalDate retainUntil,
      String status,
      boolean due,
      List<Extension> extensions) {

    static Record of(RetainedRecord record, LocalDate today) {
      return new Record(
          record.recordType(),
          record.recordId(),
          record.reference(),
          record.closedOn(),
          record.retainUntil(),
          record.status().name(),
          record.isDueOn(today),
          record.extensions().stream().map(Extension::of).toList());
    }
  }

  public record Certificate(
      String number,
      String recordType,
      String recordId,
      String reference,
      LocalDate closedOn,
      String retentionPeriod,
      LocalDate retainedUntil,
      int extensions,
      String appraisal,
      List<String> destroyed,
      String decidedBy,
      Instant destroyedAt) {

    static Certificate of(DestructionCertificate certificate) {
      return new Certificate(
          certificate.number(),
          certificate.recordType(),
          certificate.recordId(),
          certificate.reference(),
          certificate.closedOn(),
          certificate.retentionPeriod(),
          certificate.retainedUntil(),
          certificate.extensions(),
          certificate.appraisal(),
          certificate.destroyedItems(),
          certificate.decidedBy(),
          certificate.destroyedAt());
    }
  }

  /** Keep a record longer. */
  public record Extend(LocalDate retainUntil, String reason) {}

  /** Destroy a record whose retention has ended. */
  public record Destroy(String appraisal) {}
}
