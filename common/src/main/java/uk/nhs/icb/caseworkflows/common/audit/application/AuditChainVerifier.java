package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.ChainVerification;
import uk.nhs.icb.caseworkflows.common.audit.domain.ChainWalk;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/** Walks the whole chain in batches and names the first event altered or missing. */
@ApplicationScoped
public class AuditChainVerifier {

  private static final int BATCH = 1000;

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Transactional
  public ChainVerification verify() {
    AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID);
    ChainWalk walk = new ChainWalk();
    long after = 0;
    List<AuditEvent> batch;
    do {
      batch =
          entityManager
              .createQuery(
                  "select e from AuditEvent e where e.sequenceNumber > :after"
                      + " order by e.sequenceNumber",
                  AuditEvent.class)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditEvent event : batch) {
        if (!walk.check(event)) {
          return walk.finish(head);
        }
        after = event.sequenceNumber();
      }
      entityManager.clear();
    } while (batch.size() == BATCH);
    return walk.finish(head);
  }
}
