package uk.nhs.icb.caseworkflows.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskView;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;
import uk.nhs.icb.caseworkflows.common.web.pages.Pagination;

/** The values of {@code pages/app/tasks.html}: filters, rows with their actions, order, paging. */
final class TaskTable {

  private static final Map<String, String> CASE_TYPE_NAMES =
      Map.of(
          "complaint",
          "Complaint",
          "chc",
          "Continuing healthcare",
          "ifr",
          "Funding request",
          "retention",
          "Retention review",
          "ifr-signal",
          "Service-development signal (IFR)",
          "story",
          "Service-user story");
  private static final Map<String, String> CASE_PAGES =
      // A retention review's case id is "type/id" of the record, which is the review page's path.
      Map.of(
          "complaint",
          "/complaints/",
          "chc",
          "/chc/",
          "ifr",
          "/ifr/",
          "ifr-signal",
          "/ifr-policy-signals/",
          "retention",
          "/retention/",
          "story",
          "/stories/");

  private TaskTable() {}

  static Map<String, Object> model(
      String path,
      String contextPath,
      TaskListQuery query,
      Page<TaskView> page,
      Caller caller,
      boolean actions) {
    String base = contextPath + path;
    Map<String, Object> model = new HashMap<>();
    model.put("action", base);
    model.put("caseTypes", caseTypes(query.caseType()));
    model.put("overdueOnly", query.overdueOnly());
    model.put("assignedMine", "mine".equals(query.assigned()));
    model.put("assignedTeam", "team".equals(query.assigned()));
    model.put("assignedAll", "all".equals(query.assigned()));
    model.put("dueDescending", query.dueDescending());
    model.put("orderLink", link(base, query.ordered(!query.dueDescending())));
    model.put("returnQuery", query.queryString());
    model.put("hasTasks", !page.items().isEmpty());
    model.put("totalWord", page.total() == 1 ? "task" : "tasks");
    model.put("showActions", actions);
    model.put(
        "tasks",
        page.items().stream().map(task -> row(task, contextPath, caller, actions)).toList());
    model.put("pagination", Pagination.of(page, number -> link(base, query.onPage(number))));
    return model;
  }

  private static String link(String base, TaskListQuery query) {
    String queryString = query.queryString();
    return queryString.isEmpty() ? base : base + "?" + queryString;
  }

  private static List<Map<String, Object>> caseTypes(String selected) {
    return List.of(
        option("", "All case types", selected),
        option("complaint", CASE_TYPE_NAMES.get("complaint"), selected),
        option("chc", CASE_TYPE_NAMES.get("chc"), selected),
        option("ifr", CASE_TYPE_NAMES.get("ifr"), selected),
        option("retention", CASE_TYPE_NAMES.get("retention"), selected));
  }

  private static Map<String, Object> option(String value, String text, String selected) {
    return Map.of("value", value, "text", text, "selected", value.equals(selected));
  }

  private static Map<String, Object> row(
      TaskView task, String contextPath, Caller caller, boolean actions) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", task.id());
    row.put("name", task.name());
    row.put("caseReference", task.caseReference() == null ? task.caseId() : task.caseReference());
    String casePage = CASE_PAGES.get(task.caseType());
    row.put("caseHref", casePage == null ? null : contextPath + casePage + task.caseId());
    row.put("caseType", CASE_TYPE_NAMES.getOrDefault(task.caseType(), task.caseType()));
    row.put("due", PageFormats.date(task.due()));
    row.put("dueIso", PageFormats.isoDate(task.due()));
    row.put("hasDue", task.due() != null);
    row.put("overdue", task.overdue());
    boolean mine = caller.name().equals(task.assignee());
    row.put("assignee", task.assignee() == null ? "Not assigned" : mine ? "You" : task.assignee());
    row.put("canClaim", actions && task.assignee() == null);
    row.put("canUnclaim", actions && mine);
    return row;
  }
}
