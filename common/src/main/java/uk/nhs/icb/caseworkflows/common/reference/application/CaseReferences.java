package uk.nhs.icb.caseworkflows.common.reference.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReferenceCounter;

/** Takes the next reference of a series, within the caller's transaction. */
@ApplicationScoped
public class CaseReferences {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  /**
   * The next reference of {@code prefix} in {@code year}; the counter stays locked until commit.
   */
  public CaseReference next(String prefix, int year) {
    CaseReferenceCounter counter =
        entityManager.find(CaseReferenceCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      throw new IllegalStateException("the " + prefix + " reference counter has not been created");
    }
    return counter.next(year);
  }
}
