package uk.nhs.icb.caseworkflows.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskFilter;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;

/**
 * The task list's filters, order and page as the GET form and the links carry them. Unknown values
 * fall back to the defaults rather than failing, because they only come from edited addresses.
 */
record TaskListQuery(
    String caseType, boolean overdueOnly, String assigned, boolean dueDescending, int page) {

  static final int PAGE_SIZE = 20;
  static final Set<String> CASE_TYPES = Set.of("complaint", "chc", "ifr", "retention");
  private static final Set<String> ASSIGNED = Set.of("mine", "team", "all");

  static TaskListQuery from(HttpServletRequest request) {
    String caseType = request.getParameter("caseType");
    String assigned = request.getParameter("assigned");
    return new TaskListQuery(
        caseType != null && CASE_TYPES.contains(caseType) ? caseType : "",
        "true".equals(request.getParameter("overdue")),
        assigned != null && ASSIGNED.contains(assigned) ? assigned : "all",
        "desc".equals(request.getParameter("order")),
        pageNumber(request.getParameter("page")));
  }

  TaskFilter filter() {
    return new TaskFilter(
        caseType.isEmpty() ? null : caseType,
        overdueOnly,
        TaskFilter.Whose.valueOf(assigned.toUpperCase(java.util.Locale.ROOT)),
        dueDescending ? TaskFilter.Sort.DUE_DESC : TaskFilter.Sort.DUE);
  }

  PageRequest pageRequest() {
    return new PageRequest(page - 1, PAGE_SIZE);
  }

  TaskListQuery onPage(int number) {
    return new TaskListQuery(caseType, overdueOnly, assigned, dueDescending, number);
  }

  TaskListQuery ordered(boolean descending) {
    return new TaskListQuery(caseType, overdueOnly, assigned, descending, 1);
  }

  /** The query string that shows this list again (without the defaults). */
  String queryString() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (!caseType.isEmpty()) {
      parameters.put("caseType", caseType);
    }
    if (overdueOnly) {
      parameters.put("overdue", "true");
    }
    if (!"all".equals(assigned)) {
      parameters.put("assigned", assigned);
    }
    if (dueDescending) {
      parameters.put("order", "desc");
    }
    if (page > 1) {
      parameters.put("page", Integer.toString(page));
    }
    StringJoiner query = new StringJoiner("&");
    parameters.forEach(
        (name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }

  private static int pageNumber(String text) {
    try {
      int number = Integer.parseInt(text == null ? "1" : text.trim());
      return number >= 1 && number <= 100_000 ? number : 1;
    } catch (NumberFormatException notANumber) {
      return 1;
    }
  }
}
