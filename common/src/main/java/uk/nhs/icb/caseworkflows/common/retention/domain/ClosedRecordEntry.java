package uk.nhs.icb.caseworkflows.common.retention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * What the retention records say about the closed case record they concern (a record kept under
 * retention, the certificate of its destruction): its type, id and reference and the day it closed.
 * Never the case's personal data, so an entry outlives the record it names.
 */
@MappedSuperclass
public abstract class ClosedRecordEntry {

  @Column(name = "record_type", nullable = false, length = 40)
  private String recordType;

  @Column(name = "record_id", nullable = false, length = 100)
  private String recordId;

  @Column(name = "reference", nullable = false, length = 40)
  private String reference;

  @Column(name = "closed_on", nullable = false)
  private LocalDate closedOn;

  protected ClosedRecordEntry() {}

  protected ClosedRecordEntry(RecordClosed closed) {
    this.recordType = closed.recordType();
    this.recordId = closed.recordId();
    this.reference = closed.reference();
    this.closedOn = closed.closedOn();
  }

  /** The closure this entry is about, as the case module announced it. */
  public RecordClosed closure() {
    return new RecordClosed(recordType, recordId, reference, closedOn);
  }

  public String recordType() {
    return recordType;
  }

  public String recordId() {
    return recordId;
  }

  public String reference() {
    return reference;
  }

  public LocalDate closedOn() {
    return closedOn;
  }
}
