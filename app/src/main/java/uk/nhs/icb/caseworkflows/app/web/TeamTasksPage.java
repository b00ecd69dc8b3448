package uk.nhs.icb.caseworkflows.app.web;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskView;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * A manager's view of their team's work: every open task of the team, whoever holds it, with the
 * breaches (overdue tasks) first and counted. Read-only: people claim from their own list.
 */
@WebServlet(TeamTasksPage.PATH)
// Any signed-in person ("**"); the servlet checks their roles itself.
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class TeamTasksPage extends TaskListServlet {

  static final String PATH = "/team-tasks";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentCaller.get();
    Set<String> team = TaskListAccess.teamsManagedBy(caller);
    if (team.isEmpty()) {
      pages.forbidden(request, response, "Only a team's manager can see all of the team's tasks.");
      return;
    }
    TaskListQuery query = TaskListQuery.from(request);
    Page<TaskView> page = taskList.teamTasksOf(caller, team, query.filter(), query.pageRequest());
    Map<String, Object> model =
        new HashMap<>(TaskTable.model(PATH, request.getContextPath(), query, page, caller, false));
    model.put("teamView", true);
    long breaches =
        taskList.teamBreaches(caller, team, query.caseType().isEmpty() ? null : query.caseType());
    model.put("breaches", breaches);
    model.put("hasBreaches", breaches > 0);
    model.put("breachesWord", breaches == 1 ? "task is" : "tasks are");
    pages.render(request, response, PageView.of("Team's tasks", "app/tasks", model));
  }
}
