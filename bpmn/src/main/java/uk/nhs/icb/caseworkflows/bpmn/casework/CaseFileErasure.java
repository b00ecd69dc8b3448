package uk.nhs.icb.caseworkflows.bpmn.casework;

import jakarta.persistence.EntityManager;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure;

/**
 * A case type's own part of destroying a closed case, for a type the kit finds through its {@link
 * CaseFiles}: a case that never existed is a 404 and an open one a 409, before anything is deleted;
 * the case itself goes last. A case module extends it only to delete what it keeps beside its cases
 * ({@link #destroyBeside}), with {@link #deleteRowsOf} and {@link #deleteOne}.
 *
 * @param <C> the case's aggregate
 */
public class CaseFileErasure<C> implements CaseRecordErasure.OwnRecords {

  private final CaseFiles<C> files;
  private final EntityManager entityManager;
  private final String certificateName;

  /**
   * @param certificateName what the certificate calls the case before its reference, e.g. "the
   *     complaint file"
   */
  public CaseFileErasure(CaseFiles<C> files, EntityManager entityManager, String certificateName) {
    this.files = files;
    this.entityManager = entityManager;
    this.certificateName = certificateName;
  }

  @Override
  public String nameForCertificate(String caseId) {
    C file =
        files
            .find(caseId)
            .orElseThrow(
                () -> new NotFoundProblem("There is no " + files.noun() + " " + caseId + "."));
    if (!files.isClosed(file)) {
      throw new ConflictProblem(
          files.nounStartingASentence()
              + " "
              + files.referenceOf(file)
              + " is open and cannot be destroyed.");
    }
    return certificateName + " " + files.referenceOf(file);
  }

  /** Nothing, unless the case type keeps something beside its cases. */
  @Override
  public List<String> destroyBeside(String caseId) {
    return List.of();
  }

  @Override
  public void destroyCase(String caseId) {
    entityManager.remove(files.find(caseId).orElseThrow());
    entityManager.flush();
  }

  /**
   * Deletes the rows of {@code entity} (a JPA entity name, a constant of the case module) whose
   * {@code caseIdField} holds the case's id; returns how many went.
   */
  protected int deleteRowsOf(String entity, String caseIdField, String caseId) {
    return entityManager
        .createQuery("delete from " + entity + " x where x." + caseIdField + " = :id")
        .setParameter("id", caseId)
        .executeUpdate();
  }

  /** Deletes the one {@code entity} kept under the case's id, if there is one. */
  protected boolean deleteOne(Class<?> entity, String caseId) {
    Object kept = entityManager.find(entity, caseId);
    if (kept != null) {
      entityManager.remove(kept);
    }
    return kept != null;
  }
}
