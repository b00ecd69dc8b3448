package uk.nhs.icb.caseworkflows.common.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
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

  /** The case's approved bases for sharing without consent, oldest first. */
  public List<SharingWithoutConsent> withoutConsentOf(String caseType, String caseId) {
    return entityManager
        .createQuery(
            "select s from SharingWithoutConsent s where s.caseType = :type and s.caseId = :id"
                + " order by s.approvedAt",
            SharingWithoutConsent.class)
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .getResultList();
  }

  public void add(SharingWithoutConsent approved) {
    entityManager.persist(approved);
  }

  /** The case's capacity assessments, oldest first. */
  public List<CapacityAssessment> capacityAssessmentsOf(String caseType, String caseId) {
    return entityManager
        .createQuery(
            "select a from CapacityAssessment a where a.caseType = :type and a.caseId = :id"
                + " order by a.recordedAt",
            CapacityAssessment.class)
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .getResultList();
  }

  public void add(CapacityAssessment assessment) {
    entityManager.persist(assessment);
  }

  /** What the case's consents and bases without consent allow, for a step that relies on them. */
  public ConsentCheck check(String caseType, String caseId) {
    return new ConsentCheck(of(caseType, caseId), withoutConsentOf(caseType, caseId));
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

  /**
   * Deletes every consent of the case, and every basis for sharing without it, when its records are
   * destroyed; returns how many.
   */
  public int deleteAllOf(String caseType, String caseId) {
    int assessments =
        entityManager
            .createQuery(
                "delete from CapacityAssessment a where a.caseType = :type and a.caseId = :id")
            .setParameter("type", caseType)
            .setParameter("id", caseId)
            .executeUpdate();
    int bases =
        assessments
            + entityManager
                .createQuery(
                    "delete from SharingWithoutConsent s where s.caseType = :type and s.caseId = :id")
                .setParameter("type", caseType)
                .setParameter("id", caseId)
                .executeUpdate();
    return bases
        + entityManager
            .createQuery("delete from ConsentRecord c where c.caseType = :type and c.caseId = :id")
            .setParameter("type", caseType)
            .setParameter("id", caseId)
            .executeUpdate();
  }
}
