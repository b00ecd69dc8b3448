package uk.nhs.icb.caseworkflows.common.casework.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.casework.application.Caseloads;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseworkTeams;
import uk.nhs.icb.caseworkflows.common.casework.domain.Caseload;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * {@code /caseload}: for a manager, each caseworker of the teams they manage with their number of
 * open cases, busiest first, per case type. Read-only: cases are reassigned from their own page.
 */
@WebServlet(CaseloadPage.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.COMPLAINTS_MANAGER}))
public class CaseloadPage extends HttpServlet {

  static final String PATH = "/caseload";

  @Inject private Caseloads caseloads;
  @Inject private CaseworkTeams teams;
  @Inject private CurrentCaller currentCaller;
  @Inject private PageRenderer pages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller manager = currentCaller.get();
    List<CaseworkTeam> managed = teams.managedBy(manager);
    if (managed.isEmpty()) {
      pages.forbidden(request, response, "Only a team's manager can see its caseloads.");
      return;
    }
    pages.render(
        request,
        response,
        PageView.of("Caseloads", "casework/caseload", model(managed, caseloads.of(manager, null))));
  }

  /** One table per managed team, in the order the teams are registered. */
  static Map<String, Object> model(List<CaseworkTeam> managed, List<Caseload> loads) {
    List<Map<String, Object>> tables = new ArrayList<>();
    for (CaseworkTeam team : managed) {
      List<Map<String, Object>> rows = new ArrayList<>();
      long total = 0;
      for (Caseload load : loads) {
        if (load.caseType().equals(team.caseType())) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("caseworker", load.caseworker());
          row.put("openCases", load.openCases());
          rows.add(row);
          total += load.openCases();
        }
      }
      Map<String, Object> table = new HashMap<>();
      table.put("caseType", team.caseType());
      table.put("team", team.teamRole());
      table.put("rows", rows);
      table.put("hasRows", !rows.isEmpty());
      table.put("total", total);
      tables.add(table);
    }
    return Map.of("teams", tables);
  }
}
