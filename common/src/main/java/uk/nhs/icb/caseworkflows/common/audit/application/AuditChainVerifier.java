package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditCheckpoint;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;
import uk.nhs.icb.caseworkflows.common.audit.domain.ChainVerification;
import uk.nhs.icb.caseworkflows.common.audit.domain.ChainWalk;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * Walks the whole chain in batches, checking every hash and MAC, and names the first event altered
 * or missing; optionally also against a checkpoint kept outside the database. An intact walk logs a
 * fresh checkpoint line.
 */
@ApplicationScoped
public class AuditChainVerifier {

  private static final int BATCH = 1000;

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final AuditKey key;
  private final AuditCheckpoints checkpoints;

  @Inject
  public AuditChainVerifier(AuditKey key, AuditCheckpoints checkpoints) {
    this.key = key;
    this.checkpoints = checkpoints;
  }

  protected AuditChainVerifier() {
    this(null, null);
  }

  @Transactional
  public ChainVerification verify() {
    return walk(new ChainWalk(key.seal()));
  }

  /**
   * Verifies the chain and that it still reaches the checkpoint with the same hash. A checkpoint
   * not signed with this node's key (edited, or another installation's) is refused as input.
   */
  @Transactional
  public ChainVerification verifyAgainst(AuditCheckpoint checkpoint) {
    AuditSeal seal = key.seal();
    if (!checkpoint.signedBy(seal)) {
      throw new InvalidInputException(
          "mac",
          "This checkpoint was not signed with this installation's audit key (key id "
              + seal.keyId()
              + "): it was edited, or comes from elsewhere.");
    }
    return walk(new ChainWalk(seal, checkpoint));
  }

  private ChainVerification walk(ChainWalk walk) {
    AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID);
    // The walk ends at the head it read: events appended while it walks (every request of the
    // working day writes some) are past that head and would read as events that do not match it.
    long last = head.lastSequence();
    long after = 0;
    List<AuditEvent> batch;
    do {
      batch =
          entityManager
              .createQuery(
                  "select e from AuditEvent e where e.sequenceNumber > :after"
                      + " and e.sequenceNumber <= :last order by e.sequenceNumber",
                  AuditEvent.class)
              .setParameter("after", after)
              .setParameter("last", last)
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
    ChainVerification verdict = walk.finish(head);
    if (verdict.intact()) {
      checkpoints.log(checkpoints.of(head));
    }
    return verdict;
  }
}
