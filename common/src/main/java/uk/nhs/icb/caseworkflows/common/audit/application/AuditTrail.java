package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditCheckpoint;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * Appends events to the audit trail, as the current caller, in the current transaction, each sealed
 * with the audit key's MAC.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CurrentCaller currentCaller;
  private final Clock clock;
  private final AuditKey key;
  private final AuditCheckpoints checkpoints;
  private final Event<AuditCheckpointDue> checkpointDue;

  @Inject
  public AuditTrail(
      CurrentCaller currentCaller,
      Clock clock,
      AuditKey key,
      AuditCheckpoints checkpoints,
      Event<AuditCheckpointDue> checkpointDue) {
    this.currentCaller = currentCaller;
    this.clock = clock;
    this.key = key;
    this.checkpoints = checkpoints;
    this.checkpointDue = checkpointDue;
  }

  protected AuditTrail() {
    this(null, null, null, null, null);
  }

  @Transactional
  public AuditEvent record(AuditEntry entry) {
    return recordAs(currentCaller.get(), entry);
  }

  @Transactional
  public AuditEvent recordAs(Caller caller, AuditEntry entry) {
    AuditChainHead head =
        entityManager.find(
            AuditChainHead.class, AuditChainHead.THE_ONLY_ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("the audit chain has not been started");
    }
    AuditEvent event =
        AuditEvent.follow(head, clock.instant(), caller.name(), caller.rolesAsText(), entry);
    AuditSeal seal = key.seal();
    event.sealWith(seal);
    entityManager.persist(event);
    head.advanceTo(event);
    if (checkpoints.isDue(event.sequenceNumber())) {
      // Logged only after the commit: a checkpoint of a rolled-back event would name one that
      // never existed.
      checkpointDue.fire(
          new AuditCheckpointDue(AuditCheckpoint.of(head, event.occurredAt(), seal)));
    }
    return event;
  }
}
