package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/** Appends events to the audit trail, as the current caller, in the current transaction. */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CurrentCaller currentCaller;
  private final Clock clock;

  @Inject
  public AuditTrail(CurrentCaller currentCaller, Clock clock) {
    this.currentCaller = currentCaller;
    this.clock = clock;
  }

  protected AuditTrail() {
    this(null, null);
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
    entityManager.persist(event);
    head.advanceTo(event);
    return event;
  }
}
