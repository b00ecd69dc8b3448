package uk.nhs.icb.caseworkflows.app.web;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskView;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.Flash;

/**
 * Claim and unclaim from My tasks: {@code POST /tasks/{id}/claim} or {@code /unclaim} with the CSRF
 * token, then back to the same list (filters and page kept) with a banner saying what happened.
 */
@WebServlet("/tasks/*")
// Any signed-in person ("**"); the servlet checks their roles itself.
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class TaskActions extends TaskListServlet {

  private static final Pattern ACTION = Pattern.compile("/([A-Za-z0-9-]{1,64})/(claim|unclaim)");
  private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&%._+-]{0,300}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    pages.notFound(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher action = ACTION.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Caller caller = currentCaller.get();
    if (!action.matches()) {
      pages.notFound(request, response);
      return;
    }
    if (!TaskListAccess.hasTasks(caller)) {
      pages.forbidden(request, response, TasksPage.noTaskList(caller));
      return;
    }
    String taskId = action.group(1);
    try {
      if ("claim".equals(action.group(2))) {
        TaskView task = taskList.claim(caller, taskId);
        Flash.success(request, "You claimed " + describe(task) + ". It is now in your tasks.");
      } else {
        TaskView task = taskList.unclaim(caller, taskId);
        Flash.success(request, "You gave " + describe(task) + " back to your team.");
      }
    } catch (ConflictProblem | NotFoundProblem notPossible) {
      Flash.notice(request, notPossible.getMessage());
    }
    String query = request.getParameter("returnQuery");
    boolean safe = query != null && !query.isEmpty() && SAFE_QUERY.matcher(query).matches();
    response.sendRedirect(request.getContextPath() + TasksPage.PATH + (safe ? "?" + query : ""));
  }

  private static String describe(TaskView task) {
    String reference = task.caseReference() == null ? task.caseId() : task.caseReference();
    return "\u201c" + task.name() + "\u201d for " + reference;
  }
}
