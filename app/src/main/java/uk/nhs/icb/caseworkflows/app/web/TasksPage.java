package uk.nhs.icb.caseworkflows.app.web;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskView;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.RoleNames;

/**
 * My tasks: the caller's tasks (assigned to them or open to their roles), filtered by a GET form,
 * soonest or latest due first, paged, with claim and unclaim. The same task list as {@code
 * /api/tasks}, called directly.
 */
@WebServlet(TasksPage.PATH)
// Any signed-in person ("**"); the servlet checks their roles itself.
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class TasksPage extends TaskListServlet {

  static final String PATH = "/tasks";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentCaller.get();
    if (!TaskListAccess.hasTasks(caller)) {
      pages.forbidden(request, response, noTaskList(caller));
      return;
    }
    TaskListQuery query = TaskListQuery.from(request);
    Page<TaskView> page = taskList.tasksOf(caller, query.filter(), query.pageRequest());
    Map<String, Object> model =
        TaskTable.model(PATH, request.getContextPath(), query, page, caller, true);
    pages.render(request, response, PageView.of("My tasks", "app/tasks", model));
  }

  static String noTaskList(Caller caller) {
    return "Your role ("
        + RoleNames.of(caller.roles())
        + ") does not work cases, so it has no task list.";
  }
}
