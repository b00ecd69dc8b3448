package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.ListFilters;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.ifr.application.IfrSearch;
import uk.nhs.icb.caseworkflows.ifr.application.TreatmentList;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrStatus;
import uk.nhs.icb.caseworkflows.ifr.web.IfrListFilters;

/**
 * The coordinators' list of requests: newest first, filtered as {@code GET /api/ifr} is (status,
 * treatment, reference or name, days received), paged; the filters are the kit's {@link
 * ListFilters}, a GET form that works without JavaScript.
 */
@ApplicationScoped
class IfrListPage {

  @Inject IfrSearch search;
  @Inject @TreatmentList CodeList treatments;

  /** The filters' limits: past them a value is a message beside its filter. */
  private static final FieldLimits LIMITS =
      new FieldLimits(
          Map.of(
              "q", IfrListFilters.SEARCH_TEXT,
              "treatment", IfrListFilters.CODE_LENGTH,
              "status", IfrListFilters.CODE_LENGTH));

  PageView page(HttpServletRequest request) {
    ListFilters filters = ListFilters.of(request, LIMITS, IfrPages.PATH);
    String from = filters.date("receivedFrom", "Received from");
    String to = filters.date("receivedTo", "Received to");
    String status =
        filters.select(
            "status",
            "statuses",
            "Any status",
            Arrays.stream(IfrStatus.values())
                .map(s -> Fields.Option.of(s.name(), s.label()))
                .toList());
    String treatment =
        filters.select(
            "treatment",
            "treatments",
            "Any treatment",
            treatments.codes().stream()
                .map(code -> Fields.Option.of(code.code(), code.label()))
                .toList());
    String text = filters.text("q");
    Page<IfrSearch.ListItem> found =
        filters.search(
            page -> {
              QueryParameters parameters = new QueryParameters();
              IfrSearch.Criteria criteria =
                  IfrListFilters.read(parameters, status, treatment, text, from, to);
              parameters.throwIfInvalid();
              return search.search(criteria, page);
            });
    PageView list =
        filters.page(
            "Individual funding requests",
            "ifr/list",
            found,
            IfrListPage::row,
            "request",
            "requests");
    Map<String, Object> model = new HashMap<>(list.model());
    model.put("coordinator", true);
    return new PageView(list.title(), list.template(), model, list.status());
  }

  private static Map<String, Object> row(IfrSearch.ListItem item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", item.id());
    row.put("reference", item.reference());
    row.put("patient", item.patient());
    row.put("treatment", item.treatment());
    row.put("status", item.status());
    row.put("received", Text.day(item.receivedOn()));
    return row;
  }
}
