package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.ListFilters;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCriteria;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintListItem;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintSearch;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/**
 * The complaints case list: filters by status, who received it, who works it ({@code caseworker}: a
 * user name, or {@code me}; {@code team}: any member of a team), overdue, received dates and a
 * reference or name, newest first, paged, with the count found. The filters are the kit's {@link
 * ListFilters}.
 */
@ApplicationScoped
class ComplaintListPage {

  @Inject ComplaintSearch search;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  PageView page(HttpServletRequest request) {
    ListFilters filters = ListFilters.of(request, ComplaintPages.LIMITS, ComplaintPages.PATH);
    String from = filters.date("receivedFrom", "Received from");
    String to = filters.date("receivedTo", "Received to");
    String status =
        filters.select(
            "status",
            "statuses",
            "Any status",
            Arrays.stream(ComplaintStatus.values())
                .map(s -> Fields.Option.of(s.name(), PageText.sentence(s.description())))
                .toList());
    String handler = filters.text("handler");
    String text = filters.text("q");
    String caseworker = filters.text("caseworker");
    String team = filters.text("team");
    boolean overdue = filters.overdueOnly();
    Page<ComplaintListItem> found =
        filters.search(
            page ->
                search.search(
                    ComplaintCriteria.parse(
                        status,
                        String.valueOf(overdue),
                        handler,
                        from,
                        to,
                        text,
                        caseworker,
                        team,
                        caller.get().name()),
                    page,
                    clock.instant()));
    return filters.page(
        "Complaints", "complaints/list", found, ComplaintListPage::row, "complaint", "complaints");
  }

  private static Map<String, Object> row(ComplaintListItem item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", item.id());
    row.put("reference", item.reference());
    row.put("complainant", item.complainantName());
    row.put("received", PageText.date(item.receivedAt()));
    row.put("status", PageText.sentence(item.status().description()));
    row.put("responseDue", item.responseDue() == null ? "" : PageText.date(item.responseDue()));
    row.put("caseworker", item.caseworker() == null ? "Not taken yet" : item.caseworker());
    row.put("overdue", item.overdue());
    row.put("closed", item.closed());
    return row;
  }
}
