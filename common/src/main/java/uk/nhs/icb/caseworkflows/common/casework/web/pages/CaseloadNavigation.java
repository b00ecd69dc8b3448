package uk.nhs.icb.caseworkflows.common.casework.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseworkTeams;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/** Caseloads in the header, for the manager of any team. */
@ApplicationScoped
public class CaseloadNavigation implements PageNavigation {

  private final CaseworkTeams teams;

  @Inject
  public CaseloadNavigation(CaseworkTeams teams) {
    this.teams = teams;
  }

  protected CaseloadNavigation() {
    this(null);
  }

  @Override
  public List<Link> linksFor(Caller caller) {
    return teams.managedBy(caller).isEmpty()
        ? List.of()
        : List.of(new Link("Caseloads", CaseloadPage.PATH, 25));
  }
}
