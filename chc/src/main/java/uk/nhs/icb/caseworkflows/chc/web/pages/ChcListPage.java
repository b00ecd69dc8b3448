package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.chc.application.ChcListItem;
import uk.nhs.icb.caseworkflows.chc.application.ChcSearch;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/** The CHC case list: newest referral first, searchable by reference or name, breaches marked. */
@ApplicationScoped
class ChcListPage {

  @Inject ChcSearch search;

  PageView page(HttpServletRequest request) {
    QueryParameters parameters = new QueryParameters();
    String q = parameters.text("q", request.getParameter("q"), 200);
    PageRequest pageRequest = parameters.page(request.getParameter("page"), null);
    Map<String, Object> model = new HashMap<>();
    model.put("q", q == null ? "" : q);
    try {
      parameters.throwIfInvalid();
      Page<ChcListItem> found = search.search(new ChcSearch.Criteria(null, q), pageRequest);
      model.put(
          "cases",
          found.items().stream()
              .map(
                  item ->
                      Map.of(
                          "id", item.id(),
                          "reference", item.reference(),
                          "name", item.name(),
                          "status", PageText.words(item.status()),
                          "received", Text.day(item.receivedOn()),
                          "due", item.decisionDueBy() == null ? "" : Text.day(item.decisionDueBy()),
                          "overdue", item.overdue()))
              .toList());
      model.put("total", found.total());
    } catch (InvalidInputException refused) {
      model.put("refused", refused.errors().get(0).reason());
    }
    return PageView.of("CHC cases", "chc/list", model);
  }
}
