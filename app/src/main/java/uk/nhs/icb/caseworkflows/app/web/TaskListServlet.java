package uk.nhs.icb.caseworkflows.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskList;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;

/**
 * What every task-list servlet works with: the task list itself, who is calling, and the page
 * renderer. The servlets are open to any signed-in person and check roles themselves through {@link
 * TaskListAccess}.
 */
abstract class TaskListServlet extends HttpServlet {

  @Inject TaskList taskList;
  @Inject CurrentCaller currentCaller;
  @Inject PageRenderer pages;
}
