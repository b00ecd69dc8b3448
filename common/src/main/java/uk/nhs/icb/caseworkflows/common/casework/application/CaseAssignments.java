package uk.nhs.icb.caseworkflows.common.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkerChange;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CaseAccess;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * Who works a case, and its changes: each one transaction with its audit entry and its {@link
 * CaseworkerChanged} event (the case's tasks follow in the same transaction). A case type with no
 * registered team has no caseworkers: claims of its tasks change nothing here.
 */
@ApplicationScoped
public class CaseAssignments {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CaseworkTeams teams;
  private final CaseAccess caseAccess;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Event<CaseworkerChanged> changes;
  private final Clock clock;

  @Inject
  public CaseAssignments(
      CaseworkTeams teams,
      CaseAccess caseAccess,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Event<CaseworkerChanged> changes,
      Clock clock) {
    this.teams = teams;
    this.caseAccess = caseAccess;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.changes = changes;
    this.clock = clock;
  }

  protected CaseAssignments() {
    this(null, null, null, null, null, null);
  }

  /** Names the caseworker of a case just received (the case module has checked the caller). */
  @Transactional
  public CaseAssignment assignAtIntake(String caseType, String caseId, String caseworker) {
    CaseworkTeam team = teams.require(caseType);
    requireTeamMember(team, caseworker);
    CaseAssignment assignment = findOrOpen(team, caseId);
    CaseworkerChange change =
        assignment.assignAtIntake(caseworker, caller.get().name(), clock.instant());
    announce(assignment, change, "CASEWORKER_ASSIGNED");
    return assignment;
  }

  /**
   * Called when someone claims a task of the case: they become its caseworker if it has none (and
   * if the case type has a team). True if they did.
   */
  @Transactional
  public boolean takeByClaim(String caseType, String caseId, String claimer) {
    Optional<CaseworkTeam> team = teams.of(caseType);
    if (team.isEmpty() || caseId == null) {
      return false;
    }
    CaseAssignment assignment = findOrOpen(team.get(), caseId);
    Optional<CaseworkerChange> taken = assignment.takeByClaim(claimer, clock.instant());
    taken.ifPresent(change -> announce(assignment, change, "CASEWORKER_TAKEN"));
    return taken.isPresent();
  }

  /**
   * A manager moves the case to another member of the team, with a reason: 403 for anyone else, 400
   * naming {@code caseworker} or {@code reason}, 409 if the version sent is not the current one.
   */
  @Transactional
  public CaseAssignment reassign(String caseType, String caseId, Reassignment request) {
    Caller manager = caller.get();
    caseAccess.requireMaySee(manager, caseType, caseId);
    CaseworkTeam team = teams.require(caseType);
    if (!team.isManagedBy(manager)) {
      throw new ForbiddenProblem(
          "Only a " + team.managerRole() + " may reassign " + caseType + " cases.");
    }
    Optional<CaseAssignment> found = find(caseType, caseId);
    // Version 0 is a case nobody has had yet, as of() shows it.
    long current = found.map(CaseAssignment::version).orElse(0L);
    // A form drawn before someone else's change is stale whatever it says: refuse it first.
    if (request.version() != null && request.version() != current) {
      throw new ConflictProblem(
          "Someone changed this case's caseworker while you were deciding. Reload it and try"
              + " again.");
    }
    CaseAssignment assignment = found.orElseGet(() -> open(team, caseId));
    CaseworkerChange change =
        assignment.reassign(team, manager, request.caseworker(), request.reason(), clock.instant());
    requireTeamMember(team, change.toCaseworker());
    announce(assignment, change, "CASEWORKER_REASSIGNED");
    return assignment;
  }

  /** The assignment of a case the caller may see; unassigned (and not stored) if nobody has it. */
  @Transactional
  public CaseAssignment of(Caller reader, String caseType, String caseId) {
    caseAccess.requireMaySee(reader, caseType, caseId);
    return find(caseType, caseId)
        .orElseGet(() -> CaseAssignment.unassigned(teams.require(caseType), caseId));
  }

  /** The case's assignment, without an access check: for the engine and other use cases. */
  @Transactional
  public Optional<CaseAssignment> find(String caseType, String caseId) {
    return entityManager
        .createQuery(
            "select a from CaseAssignment a where a.caseType = :type and a.caseId = :id",
            CaseAssignment.class)
        .setParameter("type", caseType)
        .setParameter("id", caseId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Who works each of {@code caseIds} now, by case id, in one query: for a case list's column. A
   * case the team has not taken is absent. Read as part of the list, which is itself audited.
   */
  @Transactional
  public Map<String, String> caseworkersOf(String caseType, Collection<String> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> caseworkers = new HashMap<>();
    entityManager
        .createQuery(
            "select a.caseId, a.caseworker from CaseAssignment a"
                + " where a.caseType = :type and a.caseId in :ids and a.caseworker is not null",
            Object[].class)
        .setParameter("type", caseType)
        .setParameter("ids", List.copyOf(caseIds))
        .getResultList()
        .forEach(row -> caseworkers.put((String) row[0], (String) row[1]));
    return caseworkers;
  }

  /**
   * Erases who worked a case destroyed at the end of its retention (the history's reasons are free
   * text); returns what was destroyed, for the certificate, or nothing if nobody had it.
   */
  @Transactional
  public List<String> deleteAllOf(String caseType, String caseId) {
    Optional<CaseAssignment> found = find(caseType, caseId);
    found.ifPresent(entityManager::remove);
    return found
        .map(assignment -> List.of("the caseworker history (" + assignment.history().size() + ")"))
        .orElse(List.of());
  }

  private CaseAssignment findOrOpen(CaseworkTeam team, String caseId) {
    Optional<CaseAssignment> found = find(team.caseType(), caseId);
    return found.orElseGet(() -> open(team, caseId));
  }

  private CaseAssignment open(CaseworkTeam team, String caseId) {
    CaseAssignment opened = CaseAssignment.unassigned(team, caseId);
    entityManager.persist(opened);
    try {
      // Two first claims of one case at once (two of its tasks): the loser hears of it as a 409.
      entityManager.flush();
    } catch (PersistenceException lostRace) {
      throw new ConflictProblem(
          "A colleague took this case at the same moment. Reload it and try again.");
    }
    return opened;
  }

  private void requireTeamMember(CaseworkTeam team, String userName) {
    Long members =
        entityManager
            .createQuery(
                "select count(s) from StaffAccount s join s.roles r"
                    + " where s.userName = :name and s.enabled = true and r = :role",
                Long.class)
            .setParameter("name", userName == null ? "" : userName.strip())
            .setParameter("role", team.teamRole())
            .getSingleResult();
    if (members == 0) {
      throw new InvalidInputException(
          "caseworker", "is not a member of the " + team.teamRole() + " team");
    }
  }

  private void announce(CaseAssignment assignment, CaseworkerChange change, String action) {
    auditTrail.record(
        AuditEntry.change(
            action,
            assignment.caseType(),
            assignment.caseId(),
            "caseworker "
                + (change.fromCaseworker() == null ? "none" : change.fromCaseworker())
                + " to "
                + change.toCaseworker()
                + (change.reason() == null ? "" : "; reason given")));
    changes.fire(
        new CaseworkerChanged(
            assignment.caseType(),
            assignment.caseId(),
            assignment.team(),
            change.fromCaseworker(),
            change.toCaseworker(),
            change.kind()));
  }
}
