package uk.nhs.icb.caseworkflows.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/** My tasks for everyone who has a task list, and Team's tasks for managers. */
@ApplicationScoped
public class AppNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    List<Link> links = new ArrayList<>();
    if (TaskListAccess.hasTasks(caller)) {
      links.add(new Link("My tasks", TasksPage.PATH, 10));
    }
    if (!TaskListAccess.teamsManagedBy(caller).isEmpty()) {
      links.add(new Link("Team's tasks", TeamTasksPage.PATH, 20));
    }
    return links;
  }
}
