package uk.nhs.icb.caseworkflows.common.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/** The consent records of a case, within the caller's transaction. */
@ApplicationScoped
public class CaseConsents {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  /** The case's consents, oldest first. */
  public List<ConsentRecord> of(String caseType, String caseId) {
    return entityManager
        .createQuery(
            "select c from ConsentRecord c where c.caseType = :type and c.caseId = :id"
                + " order by c.givenAt",
            ConsentRecord.class)
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .getResultList();
  }

  public void add(ConsentRecord consent) {
    entityManager.persist(consent);
  }

  /**
   * One consent of the case; a 404 when there is none by that id or it belongs to another case.
   * {@code noun} names the case in the message, e.g. "complaint".
   */
  public ConsentRecord find(String caseType, String caseId, String consentId, String noun) {
    ConsentRecord consent = entityManager.find(ConsentRecord.class, consentId);
    if (consent == null || !consent.belongsTo(caseType, caseId)) {
      throw new NotFoundProblem("This " + noun + " has no consent record " + consentId + ".");
    }
    return consent;
  }

  /** Deletes every consent of the case, when its records are destroyed; returns how many. */
  public int deleteAllOf(String caseType, String caseId) {
    return entityManager
        .createQuery("delete from ConsentRecord c where c.caseType = :type and c.caseId = :id")
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .executeUpdate();
  }
}
