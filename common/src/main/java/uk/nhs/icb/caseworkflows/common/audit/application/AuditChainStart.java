package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * Creates the chain head on the first start of a new database, before any request can append, so
 * that appends only ever lock an existing row.
 */
@Singleton
@Startup
public class AuditChainStart {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @PostConstruct
  void startChainIfNew() {
    if (entityManager.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID) == null) {
      entityManager.persist(AuditChainHead.genesis());
    }
  }
}
