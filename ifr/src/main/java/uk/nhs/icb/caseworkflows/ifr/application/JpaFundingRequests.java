package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.reference.application.CaseReferences;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequests;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrStatus;

/** Funding requests in the shared database, within the caller's transaction. */
@ApplicationScoped
public class JpaFundingRequests implements FundingRequests {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private CaseReferences references;

  @Override
  public CaseReference nextReference(int year) {
    return references.next(IfrReferenceSeries.PREFIX, year);
  }

  @Override
  public void add(FundingRequest request) {
    entityManager.persist(request);
  }

  @Override
  public Optional<FundingRequest> find(String id) {
    return Optional.ofNullable(entityManager.find(FundingRequest.class, id));
  }

  @Override
  public List<FundingRequest> readyForPanel() {
    return entityManager
        .createQuery(
            "select r from FundingRequest r where r.status = :status order by r.completeOn, r.id",
            FundingRequest.class)
        .setParameter("status", IfrStatus.AWAITING_PANEL)
        .getResultList();
  }

  @Override
  public List<FundingRequest> chairsActionsToNote() {
    return entityManager
        .createQuery(
            "select r from FundingRequest r where r.decision.byChairsAction = true"
                + " and r.decision.notedAtMeeting is null order by r.receivedOn, r.id",
            FundingRequest.class)
        .getResultList();
  }

  @Override
  public List<FundingRequest> forTreatmentReceivedSince(String treatmentCode, LocalDate since) {
    return entityManager
        .createQuery(
            "select r from FundingRequest r where r.treatment.treatmentCode = :code"
                + " and r.receivedOn >= :since and r.status <> :returned order by r.receivedOn",
            FundingRequest.class)
        .setParameter("code", treatmentCode)
        .setParameter("since", since)
        .setParameter("returned", IfrStatus.RETURNED)
        .getResultList();
  }
}
