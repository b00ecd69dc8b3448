package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.chc.application.ChcListItem;
import uk.nhs.icb.caseworkflows.chc.application.ChcSearch;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.ListFilters;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * The CHC case list: newest referral first, filtered by status and by reference or name as {@code
 * GET /api/chc} is, breaches marked, paged. The filters are the kit's {@link ListFilters}.
 */
@ApplicationScoped
class ChcListPage {

  @Inject ChcSearch search;

  PageView page(HttpServletRequest request) {
    ListFilters filters = ListFilters.of(request, ChcPages.LIMITS, ChcPages.PATH);
    String status =
        filters.select(
            "status",
            "statuses",
            "Any status",
            Arrays.stream(ChcCaseStatus.values())
                .map(s -> Fields.Option.of(s.name(), PageText.words(s)))
                .toList());
    String text = filters.text("q");
    Page<ChcListItem> found =
        filters.search(
            page -> {
              QueryParameters parameters = new QueryParameters();
              ChcSearch.Criteria criteria =
                  new ChcSearch.Criteria(
                      parameters.choice(
                          "status", status.isEmpty() ? null : status, ChcCaseStatus.class),
                      parameters.text("q", text.isEmpty() ? null : text, 200));
              parameters.throwIfInvalid();
              return search.search(criteria, page);
            });
    return filters.page("CHC cases", "chc/list", found, ChcListPage::row, "case", "cases");
  }

  private static Map<String, Object> row(ChcListItem item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", item.id());
    row.put("reference", item.reference());
    row.put("name", item.name());
    row.put("status", PageText.words(item.status()));
    row.put("received", Text.day(item.receivedOn()));
    row.put("due", item.decisionDueBy() == null ? "" : Text.day(item.decisionDueBy()));
    row.put("overdue", item.overdue());
    return row;
  }
}
