package uk.nhs.icb.caseworkflows.common.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.errors.GoneProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.retention.domain.DestructionCertificate;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/** Where retained records and certificates of destruction are kept. */
@ApplicationScoped
public class RetentionRegister {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  public Optional<RetainedRecord> record(String recordType, String recordId) {
    return entityManager
        .createQuery(
            "select r from RetainedRecord r where r.recordType = :type and r.recordId = :id",
            RetainedRecord.class)
        .setParameter("type", recordType)
        .setParameter("id", recordId)
        .getResultStream()
        .findFirst();
  }

  /** Records kept no longer than {@code today}, longest overdue first. */
  public List<RetainedRecord> dueOn(LocalDate today) {
    return entityManager
        .createQuery(
            "select r from RetainedRecord r where r.status = :retained and r.retainUntil <= :today"
                + " order by r.retainUntil, r.reference",
            RetainedRecord.class)
        .setParameter("retained", RetainedRecord.Status.RETAINED)
        .setParameter("today", today)
        .getResultList();
  }

  public Optional<DestructionCertificate> certificate(String number) {
    return Optional.ofNullable(entityManager.find(DestructionCertificate.class, number));
  }

  public Optional<DestructionCertificate> certificateFor(String recordType, String recordId) {
    return entityManager
        .createQuery(
            "select c from DestructionCertificate c"
                + " where c.recordType = :type and c.recordId = :id",
            DestructionCertificate.class)
        .setParameter("type", recordType)
        .setParameter("id", recordId)
        .getResultStream()
        .findFirst();
  }

  /** The register of destruction, newest first. */
  public List<DestructionCertificate> certificates() {
    return entityManager
        .createQuery(
            "select c from DestructionCertificate c order by c.destroyedAt desc",
            DestructionCertificate.class)
        .getResultList();
  }

  /**
   * For a case that cannot be found: a 410 naming its certificate if it was destroyed, so nobody
   * mistakes a destroyed record for a mistyped id. Nothing happens for an id never seen.
   */
  @Transactional
  public void requireNotDestroyed(String recordType, String recordId) {
    Optional<DestructionCertificate> certificate = certificateFor(recordType, recordId);
    if (certificate.isPresent()) {
      throw new GoneProblem(
          "Case "
              + certificate.get().reference()
              + " was destroyed at the end of its retention period (certificate "
              + certificate.get().number()
              + "). Nothing of it can be shown or changed.");
    }
  }

  void add(RetainedRecord record) {
    entityManager.persist(record);
  }

  /** A reopened case's record: its period no longer runs (see {@link RetentionClock}). */
  void remove(RetainedRecord record) {
    entityManager.remove(record);
  }

  void add(DestructionCertificate certificate) {
    entityManager.persist(certificate);
  }
}
