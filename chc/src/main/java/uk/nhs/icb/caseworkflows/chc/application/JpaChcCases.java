package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.reference.application.CaseReferences;

/** CHC cases in the shared database, within the caller's transaction. */
@ApplicationScoped
public class JpaChcCases implements ChcCases {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private CaseReferences references;

  @Override
  public String nextReference(int year) {
    return references.next(ChcReferenceSeries.PREFIX, year).formatted();
  }

  @Override
  public void add(ChcCase chcCase) {
    entityManager.persist(chcCase);
  }

  @Override
  public Optional<ChcCase> find(String id) {
    return Optional.ofNullable(entityManager.find(ChcCase.class, id));
  }
}
