package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;
import uk.nhs.icb.caseworkflows.common.query.CaseListQuery;
import uk.nhs.icb.caseworkflows.common.query.LikePattern;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/**
 * The complaints handlers' case list, newest received first, narrowed by {@link ComplaintCriteria}.
 *
 * <p>The handler filter matches the user who received the complaint; the caseworker filter the user
 * who works it now and the team filter any member of a team who does (both from the case's
 * assignment in {@code common.casework}, in the same query, so the list pages and counts as
 * before). Free text that reads as a complaint reference finds that complaint; any other text is
 * looked for, in any case, within the complainant's and the affected person's names. The list shows
 * names, so a search is a read of identifiable data and is audited, with its filters but never the
 * text typed, which may itself be a name.
 */
@ApplicationScoped
public class ComplaintSearch {

  /** An open complaint past a due day; {@link ComplaintListItem#isOverdue} in JPQL. */
  private static final String OVERDUE =
      "(c.status <> :closed and ((c.timetable.acknowledgedAt is null"
          + " and c.timetable.acknowledgementDue < :today)"
          + " or (c.timetable.respondedAt is null and c.timetable.responseDue is not null"
          + " and c.timetable.responseDue < :today)))";

  private static final String NAME_CONTAINS =
      LikePattern.inAnyOf("name", "c.made.complainant.name", "c.made.affectedPerson.name");

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final AuditTrail auditTrail;
  private final CaseAssignments assignments;

  @Inject
  public ComplaintSearch(AuditTrail auditTrail, CaseAssignments assignments) {
    this.auditTrail = auditTrail;
    this.assignments = assignments;
  }

  protected ComplaintSearch() {
    this(null, null);
  }

  @Transactional
  public Page<ComplaintListItem> search(
      ComplaintCriteria criteria, PageRequest pageRequest, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.LONDON);
    Page<Complaint> found =
        new CaseListQuery<>(entityManager, Complaint.class, "c.receipt.receivedAt")
            .page(conditions(criteria, today), pageRequest, complaint -> complaint);
    Map<String, String> caseworkers =
        assignments.caseworkersOf(
            Complaint.CASE_TYPE, found.items().stream().map(Complaint::id).toList());
    Page<ComplaintListItem> page =
        new Page<>(
            found.items().stream()
                .map(c -> ComplaintListItem.of(c, today, caseworkers.get(c.id())))
                .toList(),
            found.page(),
            found.size(),
            found.total());
    auditTrail.record(
        AuditEntry.read("COMPLAINTS_SEARCHED", Complaint.CASE_TYPE, null, describe(criteria)));
    return page;
  }

  /** The where-clause of the list and its count: every filter given, all of them holding. */
  static QueryConditions conditions(ComplaintCriteria criteria, LocalDate today) {
    QueryConditions where =
        new QueryConditions()
            .whenGiven("c.status = :status", "status", criteria.status())
            .whenGiven("c.receipt.receivedBy = :handler", "handler", criteria.handler());
    criteria.received().narrow(where, "c.receipt.receivedAt", "received");
    criteria.workedBy().narrow(where, Complaint.CASE_TYPE, "c.id");
    if (criteria.overdueOnly()) {
      where.always(OVERDUE, Map.of("closed", ComplaintStatus.CLOSED, "today", today));
    }
    if (criteria.text() != null) {
      if (ComplaintReference.isValid(criteria.text())) {
        where.whenGiven(
            "c.reference = :reference", "reference", ComplaintReference.parse(criteria.text()));
      } else {
        where.whenGiven(NAME_CONTAINS, "name", LikePattern.containing(criteria.text()));
      }
    }
    return where;
  }

  /** The filters, for the audit trail; whether text was searched for, but not the text. */
  static String describe(ComplaintCriteria criteria) {
    return "searched complaints: status="
        + criteria.status()
        + " overdueOnly="
        + criteria.overdueOnly()
        + " handler="
        + criteria.handler()
        + " receivedFrom="
        + criteria.receivedFrom()
        + " receivedTo="
        + criteria.receivedTo()
        + " text="
        + (criteria.text() == null
            ? "none"
            : ComplaintReference.isValid(criteria.text()) ? "a reference" : "a name")
        + criteria.workedBy().describe();
  }
}
