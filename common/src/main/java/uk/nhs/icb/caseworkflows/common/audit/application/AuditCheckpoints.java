package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditCheckpoint;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * Signed checkpoints of the chain head, exported outside the database: as the IG officer's file,
 * and as a log line ({@code AUDIT CHECKPOINT {...}}, logger {@code ...audit.checkpoint}) that log
 * shipping carries off the node. A line is written at start-up, at each verification, and after the
 * commit of every {@code app.audit.checkpoint-every}th event (default 1000).
 */
@ApplicationScoped
public class AuditCheckpoints {

  static final Logger CHECKPOINT_LOG =
      Logger.getLogger("uk.nhs.icb.caseworkflows.common.audit.checkpoint");

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final AuditKey key;
  private final Clock clock;
  private final long every;

  @Inject
  public AuditCheckpoints(
      AuditKey key,
      Clock clock,
      @ConfigProperty(name = "app.audit.checkpoint-every") Optional<Long> every) {
    this.key = key;
    this.clock = clock;
    this.every = Math.max(1, every == null ? 1000 : every.orElse(1000L));
  }

  protected AuditCheckpoints() {
    this.key = null;
    this.clock = null;
    this.every = 1000;
  }

  /** The head as committed now, signed. */
  @Transactional
  public AuditCheckpoint take() {
    return of(entityManager.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID));
  }

  /** This head, signed now. */
  public AuditCheckpoint of(AuditChainHead head) {
    return AuditCheckpoint.of(head, clock.instant(), key.seal());
  }

  /** Whether an append reaching this sequence number should leave a checkpoint line. */
  boolean isDue(long sequence) {
    return sequence % every == 0;
  }

  void logAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditCheckpointDue due) {
    log(due.checkpoint());
  }

  /** Writes the checkpoint as one line, in the same JSON as the file, so either can be checked. */
  public void log(AuditCheckpoint checkpoint) {
    CHECKPOINT_LOG.info("AUDIT CHECKPOINT " + AuditCheckpointJson.write(checkpoint));
  }
}
