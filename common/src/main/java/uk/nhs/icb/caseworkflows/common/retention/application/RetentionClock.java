package uk.nhs.icb.caseworkflows.common.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordReopened;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/**
 * Starts a record's retention when its case closes, inside the closing transaction: the record and
 * its waiting process commit with the closure or not at all.
 */
@ApplicationScoped
public class RetentionClock {

  private final RetentionRegister register;
  private final RetentionSettings settings;
  private final RetentionProcess process;
  private final AuditTrail auditTrail;

  @Inject
  public RetentionClock(
      RetentionRegister register,
      RetentionSettings settings,
      RetentionProcess process,
      AuditTrail auditTrail) {
    this.register = register;
    this.settings = settings;
    this.process = process;
    this.auditTrail = auditTrail;
  }

  protected RetentionClock() {
    this(null, null, null, null);
  }

  void start(@Observes RecordClosed closed) {
    if (register.record(closed.recordType(), closed.recordId()).isPresent()) {
      return;
    }
    RetainedRecord record =
        RetainedRecord.start(closed, settings.retainUntil(closed.recordType(), closed.closedOn()));
    register.add(record);
    process.start(record);
    auditTrail.record(
        AuditEntry.change(
            "RETENTION_STARTED",
            record.recordType(),
            record.recordId(),
            "closed on " + record.closedOn() + "; kept until " + record.retainUntil()));
  }

  /**
   * Stops the clock of a record whose case was reopened: the register forgets the period (it starts
   * again from the next closure) and its waiting process ends. A destroyed record cannot be
   * reopened, and one never closed has no clock to stop.
   */
  void stop(@Observes RecordReopened reopened) {
    register
        .record(reopened.recordType(), reopened.recordId())
        .filter(record -> record.status() == RetainedRecord.Status.RETAINED)
        .ifPresent(
            record -> {
              process.stopped(record);
              register.remove(record);
              auditTrail.record(
                  AuditEntry.change(
                      "RETENTION_STOPPED",
                      record.recordType(),
                      record.recordId(),
                      "case reopened; it was kept until " + record.retainUntil()));
            });
  }
}
