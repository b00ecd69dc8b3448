package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * Creates the chain head on the first start of a new database, before any request can append, so
 * that appends only ever lock an existing row; reads the audit key, so a bad one stops the start;
 * seals the events written before the key existed, when allowed; and logs a checkpoint.
 *
 * <p>Sealing old events trusts them as they stand at that start. It is allowed in the development
 * profile, and in production only with {@code app.audit.seal-existing=true}, set once for the start
 * that upgrades a database. Otherwise someone who stripped the MACs from the database could have
 * the next start put them back on rewritten events; instead verification names the first event
 * without one.
 */
@Singleton
@Startup
public class AuditChainStart {

  private static final Logger LOG = Logger.getLogger(AuditChainStart.class.getName());
  private static final int BATCH = 1000;

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private AuditKey key;
  @Inject private AuditCheckpoints checkpoints;

  @Inject
  @ConfigProperty(name = "app.audit.seal-existing", defaultValue = "false")
  boolean sealExisting;

  @PostConstruct
  void startChainIfNew() {
    AuditSeal seal = key.seal();
    if (entityManager.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID) == null) {
      entityManager.persist(AuditChainHead.genesis());
      entityManager.flush();
    }
    // Locked so that nodes starting together seal each old event once, and no append interleaves.
    AuditChainHead head =
        entityManager.find(
            AuditChainHead.class, AuditChainHead.THE_ONLY_ID, LockModeType.PESSIMISTIC_WRITE);
    sealOldEvents(seal);
    checkpoints.log(checkpoints.of(head));
  }

  private void sealOldEvents(AuditSeal seal) {
    long unsealed =
        entityManager
            .createQuery("select count(e) from AuditEvent e where e.mac is null", Long.class)
            .getSingleResult();
    if (unsealed == 0) {
      return;
    }
    if (!sealExisting && !key.isDevelopmentProfile()) {
      LOG.log(
          Level.SEVERE,
          "{0} audit events carry no MAC. If this start upgrades a database written before the"
              + " audit key existed, start once with app.audit.seal-existing=true; if not, the"
              + " MACs were removed in the database, and verification names the first event.",
          unsealed);
      return;
    }
    long sealed = 0;
    List<AuditEvent> batch;
    do {
      batch =
          entityManager
              .createQuery(
                  "select e from AuditEvent e where e.mac is null order by e.sequenceNumber",
                  AuditEvent.class)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditEvent event : batch) {
        event.sealWith(seal);
      }
      sealed += batch.size();
      entityManager.flush();
      entityManager.clear();
    } while (batch.size() == BATCH);
    LOG.log(
        Level.WARNING,
        "Sealed {0} audit events written before the audit key existed: their MACs vouch for them"
            + " as they stood at this start, not before.",
        sealed);
  }
}
