package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.Pagination;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCriteria;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintListItem;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintSearch;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/**
 * The complaints case list: filters by status, who received it, who works it ({@code caseworker}: a
 * user name, or {@code me}; {@code team}: any member of a team), overdue, received dates and a
 * reference or name, newest first, paged, with the count found. The filters are a GET form, so a
 * filtered list can be bookmarked and works without JavaScript.
 */
@ApplicationScoped
class ComplaintListPage {

  @Inject ComplaintSearch search;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  PageView page(HttpServletRequest request) {
    FormValues typed = FormValues.of(request, ComplaintPages.LIMITS);
    DateInput.Result from = typed.date("receivedFrom", "Received from", false);
    DateInput.Result to = typed.date("receivedTo", "Received to", false);
    String status = typed.typed("status");
    String handler = typed.typed("handler");
    String text = typed.typed("q");
    String caseworker = typed.typed("caseworker");
    String team = typed.typed("team");
    boolean overdue = "true".equals(typed.typed("overdue"));
    Map<String, Object> model = new HashMap<>();
    model.put("statuses", statuses(status));
    model.put("handler", handler);
    model.put("q", text);
    model.put("caseworker", caseworker);
    model.put("team", team);
    model.put("overdueOnly", overdue);
    model.put("receivedFrom", Fields.date("receivedFrom", "Received from", null, typed));
    model.put("receivedTo", Fields.date("receivedTo", "Received to", null, typed));
    FormErrors errors = typed.errors();
    Page<ComplaintListItem> found = Page.of(List.of(), new PageRequest(0, 20), 0);
    if (errors.isEmpty()) {
      try {
        found =
            search.search(
                ComplaintCriteria.parse(
                    status,
                    String.valueOf(overdue),
                    handler,
                    from.value().map(Object::toString).orElse(null),
                    to.value().map(Object::toString).orElse(null),
                    text,
                    caseworker,
                    team,
                    caller.get().name()),
                PageRequest.parse(typed.typed("page").isEmpty() ? null : typed.typed("page"), null),
                clock.instant());
      } catch (InvalidInputException refused) {
        for (FieldError error : refused.errors()) {
          errors.add(fieldId(error.field()), PageText.sentence(error.reason()));
        }
      }
    }
    model.put("rows", found.items().stream().map(ComplaintListPage::row).toList());
    model.put("hasRows", !found.items().isEmpty());
    model.put("total", found.total());
    model.put("totalWord", found.total() == 1 ? "complaint" : "complaints");
    model.put("pagination", Pagination.of(found, request, ComplaintPages.PATH));
    PageView page = PageView.of("Complaints", "complaints/list", model);
    return errors.isEmpty() ? page : page.withErrors(errors);
  }

  private static Map<String, Object> row(ComplaintListItem item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", item.id());
    row.put("reference", item.reference());
    row.put("complainant", item.complainantName());
    row.put("received", PageText.date(item.receivedAt()));
    row.put("status", PageText.sentence(item.status().description()));
    row.put("responseDue", item.responseDue() == null ? "" : PageText.date(item.responseDue()));
    row.put("overdue", item.overdue());
    row.put("closed", item.closed());
    return row;
  }

  private static List<Map<String, Object>> statuses(String selected) {
    return Fields.select(
        "Any status",
        Arrays.stream(ComplaintStatus.values())
            .map(status -> Fields.Option.of(status.name(), PageText.sentence(status.description())))
            .toList(),
        selected);
  }

  private static String fieldId(String parameter) {
    return switch (parameter) {
      case "receivedFrom" -> "receivedFrom-day";
      case "receivedTo" -> "receivedTo-day";
      default -> parameter;
    };
  }
}
