package uk.nhs.icb.caseworkflows.common.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * The teams of every case type, as the case modules register them: each produces its {@link
 * CaseworkTeam} (a CDI producer method), so a new workflow adds its team and manager without
 * touching this kit.
 */
@ApplicationScoped
public class CaseworkTeams {

  private final List<CaseworkTeam> teams;

  @Inject
  public CaseworkTeams(@Any Instance<CaseworkTeam> registered) {
    this(registered == null ? List.of() : registered.stream().toList());
  }

  public CaseworkTeams(List<CaseworkTeam> teams) {
    this.teams = List.copyOf(teams);
  }

  protected CaseworkTeams() {
    this(List.of());
  }

  public Optional<CaseworkTeam> of(String caseType) {
    return teams.stream().filter(team -> team.caseType().equals(caseType)).findFirst();
  }

  /** The team of a case type that has one; 404 for a case type nobody works. */
  public CaseworkTeam require(String caseType) {
    return of(caseType)
        .orElseThrow(() -> new NotFoundProblem("No team works '" + caseType + "' cases."));
  }

  /** The teams whose manager role the caller holds. */
  public List<CaseworkTeam> managedBy(Caller caller) {
    return teams.stream().filter(team -> team.isManagedBy(caller)).toList();
  }
}
