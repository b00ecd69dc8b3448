package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.ifr.domain.PolicySignal;
import uk.nhs.icb.caseworkflows.ifr.domain.PolicySignals;

/** Service-development signals in the shared database. */
@ApplicationScoped
public class JpaPolicySignals implements PolicySignals {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public void add(PolicySignal signal) {
    entityManager.persist(signal);
  }

  @Override
  public Optional<PolicySignal> find(String id) {
    return Optional.ofNullable(entityManager.find(PolicySignal.class, id));
  }

  @Override
  public boolean raisedSince(String treatmentCode, LocalDate since) {
    return entityManager
            .createQuery(
                "select count(s) from PolicySignal s where s.treatmentCode = :code"
                    + " and s.raisedOn >= :since",
                Long.class)
            .setParameter("code", treatmentCode)
            .setParameter("since", since)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<PolicySignal> newest() {
    return entityManager
        .createQuery(
            "select s from PolicySignal s order by s.raisedOn desc, s.id", PolicySignal.class)
        .getResultList();
  }
}
