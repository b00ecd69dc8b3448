package uk.nhs.icb.caseworkflows.common.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.domain.DestructionCertificate;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The information-governance officer's review of a record under retention: list what is due, keep a
 * record longer, or destroy it. A destruction erases the case and issues its certificate in one
 * transaction, so there is never a certificate without the erasure or an erasure without one.
 */
@ApplicationScoped
public class RetentionReview {

  private final RetentionRegister register;
  private final RetentionProcess process;
  private final Instance<RecordDestroyer> destroyers;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  @Inject
  public RetentionReview(
      RetentionRegister register,
      RetentionProcess process,
      @Any Instance<RecordDestroyer> destroyers,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    this.register = register;
    this.process = process;
    this.destroyers = destroyers;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  protected RetentionReview() {
    this(null, null, null, null, null, null);
  }

  /** Records whose retention has ended and that nobody has decided on yet, most overdue first. */
  @Transactional
  public List<RetainedRecord> due() {
    return register.dueOn(today());
  }

  @Transactional
  public RetainedRecord record(String recordType, String recordId) {
    return register
        .record(recordType, recordId)
        .orElseThrow(
            () ->
                new NotFoundProblem(
                    "There is no " + recordType + " record " + recordId + " under retention."));
  }

  @Transactional
  public List<DestructionCertificate> certificates() {
    return register.certificates();
  }

  @Transactional
  public DestructionCertificate certificate(String number) {
    return register
        .certificate(number)
        .orElseThrow(() -> new NotFoundProblem("There is no certificate " + number + "."));
  }

  @Transactional
  public Optional<DestructionCertificate> certificateOf(String recordType, String recordId) {
    return register.certificateFor(recordType, recordId);
  }

  /** Keeps the record until {@code until}, for {@code reason}; the review (if open) is done. */
  @Transactional
  public RetainedRecord extend(String recordType, String recordId, LocalDate until, String reason) {
    RetainedRecord record = record(recordType, recordId);
    LocalDate before = record.retainUntil();
    record.extend(until, reason, clock.instant(), caller.get().name(), today());
    process.extended(record);
    auditTrail.record(
        AuditEntry.change(
            "RETENTION_EXTENDED",
            recordType,
            recordId,
            "kept until " + record.retainUntil() + " (was " + before + ")"));
    return record;
  }

  /**
   * Destroys the record after its review: the case module erases it, the register keeps the
   * certificate, and the review ends. Refused before the end of retention and while the review is
   * not yet open.
   */
  @Transactional
  public DestructionCertificate destroy(String recordType, String recordId, String appraisal) {
    RetainedRecord record = record(recordType, recordId);
    record.requireDestroyableOn(today(), appraisal);
    if (!process.awaitsReview(record)) {
      throw new ConflictProblem(
          "The review of record "
              + record.reference()
              + " has not opened yet. It opens shortly after its retention ends; try again in a"
              + " minute.");
    }
    List<String> destroyed = destroyerOf(recordType).destroy(recordId);
    DestructionCertificate certificate =
        record.destroy(appraisal, destroyed, clock.instant(), caller.get().name(), today());
    register.add(certificate);
    process.destroyed(record);
    auditTrail.record(
        AuditEntry.change(
            "RECORD_DESTROYED",
            recordType,
            recordId,
            "certificate " + certificate.number() + ": " + String.join("; ", destroyed)));
    return certificate;
  }

  private RecordDestroyer destroyerOf(String recordType) {
    return destroyers.stream()
        .filter(destroyer -> destroyer.recordType().equals(recordType))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No module destroys records of type " + recordType + "."));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
