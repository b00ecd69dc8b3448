package uk.nhs.icb.caseworkflows.common.retention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The permanent evidence that a record was destroyed, and on whose decision: kept when everything
 * else of the case is gone. It names the case by type, id and reference only; the reviewer's
 * appraisal is about the record's need, not about the people in it.
 */
@Entity
@Table(
    name = "destruction_certificate",
    uniqueConstraints =
        @UniqueConstraint(
            name = "destruction_certificate_case",
            columnNames = {"record_type", "record_id"}))
public class DestructionCertificate extends ClosedRecordEntry {

  @Id
  @Column(name = "number", length = 50)
  private String number;

  @Column(name = "retention_period", nullable = false, length = 200)
  private String retentionPeriod;

  @Column(name = "retained_until", nullable = false)
  private LocalDate retainedUntil;

  @Column(name = "extensions", nullable = false)
  private int extensions;

  @Column(name = "appraisal", nullable = false, length = 2000)
  private String appraisal;

  @Column(name = "destroyed_items", nullable = false, length = 2000)
  private String destroyedItems;

  @Column(name = "decided_by", nullable = false, length = 100)
  private String decidedBy;

  @Column(name = "destroyed_at", nullable = false)
  private Instant destroyedAt;

  protected DestructionCertificate() {}

  private DestructionCertificate(RecordClosed closed) {
    super(closed);
  }

  static DestructionCertificate issue(
      RetainedRecord record, String appraisal, List<String> destroyed, Instant at, String by) {
    DestructionCertificate certificate = new DestructionCertificate(record.closure());
    // One certificate per record, so the record's own reference makes a number a person can quote.
    certificate.number = "DC-" + record.reference();
    // A record type outside the schedule (a test workflow) names the date it was kept to instead.
    certificate.retentionPeriod =
        RetentionSchedule.entryFor(record.recordType())
            .map(RetentionSchedule.Entry::description)
            .orElse("kept until " + record.retainUntil());
    certificate.retainedUntil = record.retainUntil();
    certificate.extensions = record.extensions().size();
    certificate.appraisal = appraisal;
    certificate.destroyedItems = String.join("\n", destroyed);
    certificate.decidedBy = by;
    certificate.destroyedAt = at;
    return certificate;
  }

  public String number() {
    return number;
  }

  public String retentionPeriod() {
    return retentionPeriod;
  }

  public LocalDate retainedUntil() {
    return retainedUntil;
  }

  public int extensions() {
    return extensions;
  }

  public String appraisal() {
    return appraisal;
  }

  /** What was erased, one line each ("the complaint file", "3 letters" ...). */
  public List<String> destroyedItems() {
    return destroyedItems.isEmpty() ? List.of() : List.of(destroyedItems.split("\n"));
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant destroyedAt() {
    return destroyedAt;
  }
}
