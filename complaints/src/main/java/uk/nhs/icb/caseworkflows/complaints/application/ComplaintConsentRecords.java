package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;

/** The consents recorded for complaint files, and whether a file has all it needs. */
@ApplicationScoped
public class ComplaintConsentRecords {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  public List<ConsentRecord> of(String complaintId) {
    return entityManager
        .createQuery(
            "select c from ConsentRecord c where c.caseType = :type and c.caseId = :id"
                + " order by c.givenAt",
            ConsentRecord.class)
        .setParameter("type", Complaint.CASE_TYPE)
        .setParameter("id", complaintId)
        .getResultList();
  }

  public void add(ConsentRecord consent) {
    entityManager.persist(consent);
  }

  public ConsentRecord find(String complaintId, String consentId) {
    ConsentRecord consent = entityManager.find(ConsentRecord.class, consentId);
    if (consent == null || !consent.belongsTo(Complaint.CASE_TYPE, complaintId)) {
      throw new NotFoundProblem("This complaint has no consent record " + consentId + ".");
    }
    return consent;
  }

  /** Whether every consent needed to handle the complaint (the ICB investigating) is in force. */
  public boolean allGiven(Complaint complaint, Instant at) {
    ConsentCheck check = new ConsentCheck(of(complaint.id()));
    return complaint.consentsNeededToPlan(Investigator.ICB).stream()
        .allMatch(needed -> check.isCovered(needed.purpose(), needed.whose(), at));
  }
}
