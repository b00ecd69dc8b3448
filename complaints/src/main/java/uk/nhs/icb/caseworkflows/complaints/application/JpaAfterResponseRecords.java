package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;

/** {@link AfterResponseRecords} in the application's database. */
@ApplicationScoped
public class JpaAfterResponseRecords implements AfterResponseRecords {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public void add(FurtherResponse further) {
    entityManager.persist(further);
  }

  @Override
  public List<FurtherResponse> furtherResponsesOf(String complaintId) {
    return entityManager
        .createQuery(
            "select f from FurtherResponse f where f.complaintId = :id order by f.round",
            FurtherResponse.class)
        .setParameter("id", complaintId)
        .getResultList();
  }

  @Override
  public void add(LearningAction action) {
    entityManager.persist(action);
  }

  @Override
  public List<LearningAction> actionsOf(String complaintId) {
    return entityManager
        .createQuery(
            "select a from LearningAction a where a.complaintId = :id"
                + " order by a.dueBy, a.openedAt, a.id",
            LearningAction.class)
        .setParameter("id", complaintId)
        .getResultList();
  }

  @Override
  public Optional<LearningAction> action(String actionId) {
    return Optional.ofNullable(entityManager.find(LearningAction.class, actionId));
  }

  @Override
  public void add(OmbudsmanReferral referral) {
    entityManager.persist(referral);
  }

  @Override
  public List<OmbudsmanReferral> referralsOf(String complaintId) {
    return entityManager
        .createQuery(
            "select r from OmbudsmanReferral r where r.complaintId = :id"
                + " order by r.referredOn, r.recordedAt",
            OmbudsmanReferral.class)
        .setParameter("id", complaintId)
        .getResultList();
  }

  @Override
  public Optional<OmbudsmanReferral> referral(String referralId) {
    return Optional.ofNullable(entityManager.find(OmbudsmanReferral.class, referralId));
  }

  @Override
  public List<OmbudsmanReferral> referralsMadeOrDecidedBetween(LocalDate from, LocalDate to) {
    return entityManager
        .createQuery(
            "select r from OmbudsmanReferral r"
                + " where (r.referredOn between :from and :to)"
                + " or (r.decidedOn is not null and r.decidedOn between :from and :to)"
                + " order by r.referredOn, r.recordedAt",
            OmbudsmanReferral.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public void add(StaffInformed informed) {
    entityManager.persist(informed);
  }

  @Override
  public List<StaffInformed> staffInformedOf(String complaintId) {
    return entityManager
        .createQuery(
            "select s from StaffInformed s where s.complaintId = :id order by s.toldOn, s.id",
            StaffInformed.class)
        .setParameter("id", complaintId)
        .getResultList();
  }
}
