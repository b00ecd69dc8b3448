package uk.nhs.icb.caseworkflows.common.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;

/**
 * Searches the trail by case, actor and time range, oldest first. A search is itself audited: the
 * trail says who looked at whose history.
 */
@ApplicationScoped
public class AuditSearch {

  /** Filters of a search; any may be null. {@code to} is exclusive. */
  public record Criteria(String caseType, String caseId, String actor, Instant from, Instant to) {}

  static final int HISTORY_LIMIT = 500;

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final AuditTrail auditTrail;

  @Inject
  public AuditSearch(AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
  }

  protected AuditSearch() {
    this(null);
  }

  @Transactional
  public Page<AuditEvent> search(Criteria criteria, PageRequest pageRequest) {
    QueryConditions where =
        new QueryConditions()
            .whenGiven("e.caseType = :caseType", "caseType", criteria.caseType())
            .whenGiven("e.caseId = :caseId", "caseId", criteria.caseId())
            .whenGiven("e.actor = :actor", "actor", criteria.actor())
            .whenGiven("e.occurredAt >= :from", "from", criteria.from())
            .whenGiven("e.occurredAt < :to", "to", criteria.to());
    String filter = where.whereClause();

    TypedQuery<AuditEvent> query =
        where.bind(
            entityManager.createQuery(
                "select e from AuditEvent e" + filter + " order by e.sequenceNumber",
                AuditEvent.class));
    TypedQuery<Long> count =
        where.bind(
            entityManager.createQuery("select count(e) from AuditEvent e" + filter, Long.class));
    List<AuditEvent> events =
        query
            .setFirstResult(pageRequest.firstResult())
            .setMaxResults(pageRequest.size())
            .getResultList();
    Page<AuditEvent> page = Page.of(events, pageRequest, count.getSingleResult());

    auditTrail.record(
        AuditEntry.read(
            "AUDIT_SEARCHED", criteria.caseType(), criteria.caseId(), describe(criteria)));
    return page;
  }

  /**
   * A case's history, oldest first, for showing inside the case: not audited again, because the
   * caller audits its own read of the case. At most {@link #HISTORY_LIMIT} events.
   */
  @Transactional
  public List<AuditEvent> historyOf(String caseType, String caseId) {
    return entityManager
        .createQuery(
            "select e from AuditEvent e where e.caseType = :caseType and e.caseId = :caseId"
                + " order by e.sequenceNumber",
            AuditEvent.class)
        .setParameter("caseType", caseType)
        .setParameter("caseId", caseId)
        .setMaxResults(HISTORY_LIMIT)
        .getResultList();
  }

  private static String describe(Criteria criteria) {
    return "searched audit trail: actor="
        + criteria.actor()
        + " from="
        + criteria.from()
        + " to="
        + criteria.to();
  }
}
