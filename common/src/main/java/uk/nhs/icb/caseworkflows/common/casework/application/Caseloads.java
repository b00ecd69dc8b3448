package uk.nhs.icb.caseworkflows.common.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.casework.domain.Caseload;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * A manager's view of each caseworker's open caseload (case lists filter by caseworker and team in
 * their own queries, joining {@code CaseAssignment}). A case is open until it is closed, which is
 * when its retention starts; so a case with a retained record no longer counts.
 */
@ApplicationScoped
public class Caseloads {

  private static final String OPEN =
      " and not exists (select r from RetainedRecord r"
          + " where r.recordType = a.caseType and r.recordId = a.caseId)";

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final CaseworkTeams teams;

  @Inject
  public Caseloads(CaseworkTeams teams) {
    this.teams = teams;
  }

  protected Caseloads() {
    this(null);
  }

  /**
   * Each caseworker's open cases, for the teams the caller manages: of one case type (403 if the
   * caller does not manage it), or of all of them when {@code caseType} is null.
   */
  @Transactional
  public List<Caseload> of(Caller manager, String caseType) {
    List<CaseworkTeam> managed;
    if (caseType == null || caseType.isBlank()) {
      managed = teams.managedBy(manager);
    } else {
      CaseworkTeam team = teams.require(caseType);
      if (!team.isManagedBy(manager)) {
        throw new ForbiddenProblem(
            "Only a " + team.managerRole() + " may see the caseloads of " + caseType + " cases.");
      }
      managed = List.of(team);
    }
    List<Caseload> caseloads = new ArrayList<>();
    for (CaseworkTeam team : managed) {
      List<String> caseworkers =
          entityManager
              .createQuery(
                  "select a.caseworker from CaseAssignment a"
                      + " where a.caseType = :type and a.caseworker is not null"
                      + OPEN,
                  String.class)
              .setParameter("type", team.caseType())
              .getResultList();
      caseloads.addAll(Caseload.count(team.caseType(), caseworkers));
    }
    return caseloads;
  }
}
