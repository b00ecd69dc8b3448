package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;
import uk.nhs.icb.caseworkflows.common.query.CaseListQuery;
import uk.nhs.icb.caseworkflows.common.query.LikePattern;

/** The CHC case list, newest referral first, filtered by status and by reference or name. */
@ApplicationScoped
public class ChcSearch {

  /** The filters of the list; null where not filtered. */
  public record Criteria(ChcCaseStatus status, String text) {}

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final AuditTrail auditTrail;
  private final CaseAssignments assignments;
  private final ChcSteps steps;

  @Inject
  public ChcSearch(AuditTrail auditTrail, CaseAssignments assignments, ChcSteps steps) {
    this.auditTrail = auditTrail;
    this.assignments = assignments;
    this.steps = steps;
  }

  protected ChcSearch() {
    this(null, null, null);
  }

  @Transactional
  public Page<ChcListItem> search(Criteria criteria, PageRequest request) {
    QueryConditions where =
        new QueryConditions().whenGiven("c.status = :status", "status", criteria.status());
    if (criteria.text() != null) {
      where.always(
          "(c.reference = :reference or " + LikePattern.inAnyOf("name", "c.person.name") + ")",
          Map.of(
              "reference", criteria.text().strip(),
              "name", LikePattern.containing(criteria.text())));
    }
    Page<ChcCase> found =
        new CaseListQuery<>(entityManager, ChcCase.class, "c.receivedOn")
            .page(where, request, chcCase -> chcCase);
    Map<String, String> caseworkers =
        assignments.caseworkersOf(
            ChcCase.CASE_TYPE, found.items().stream().map(ChcCase::id).toList());
    auditTrail.record(
        AuditEntry.read(
            "CHC_CASES_SEARCHED",
            ChcCase.CASE_TYPE,
            null,
            "status=" + criteria.status() + " text given=" + (criteria.text() != null)));
    return new Page<>(
        found.items().stream()
            .map(c -> ChcListItem.of(c, steps.today(), caseworkers.get(c.id())))
            .toList(),
        found.page(),
        found.size(),
        found.total());
  }
}
