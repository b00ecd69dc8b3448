package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;

/**
 * The filters of a case list and the list they find. The filters are a GET form, so a filtered list
 * can be bookmarked and works without JavaScript: each is read from the query string and put back
 * in the page's model as typed, dates as day, month and year. A filter the workflow's search
 * refuses (an unknown caseworker, a reversed date range, a page beyond the last) is shown beside
 * that filter, and the list is then empty rather than unfiltered.
 */
public final class ListFilters {

  /** The page asked for, counted from 0, as the pagination's links send it. */
  public static final String PAGE = "page";

  private final FormValues typed;
  private final Function<Page<?>, Map<String, Object>> pagination;
  private final Map<String, Object> model = new HashMap<>();
  private final Set<String> dates = new HashSet<>();

  ListFilters(FormValues typed, Function<Page<?>, Map<String, Object>> pagination) {
    this.typed = typed;
    this.pagination = pagination;
  }

  /** The filters of {@code request}, for the list at {@code listPath} (its paging keeps them). */
  public static ListFilters of(HttpServletRequest request, FieldLimits limits, String listPath) {
    return new ListFilters(
        FormValues.of(request, limits), found -> Pagination.of(found, request, listPath));
  }

  /** A text filter as typed, empty when not given; shown again under its own name. */
  public String text(String name) {
    String value = typed.typed(name);
    model.put(name, value);
    return value;
  }

  /**
   * A date filter typed as day, month and year: the day as ISO text for the search, or null when it
   * was left empty or is wrong (then with its message beside it). Shown again under its name for
   * {@code common/date-input}.
   */
  public String date(String name, String label) {
    DateInput.Result date = typed.date(name, label, false);
    dates.add(name);
    model.put(name, Fields.date(name, label, null, typed));
    return date.value().map(Object::toString).orElse(null);
  }

  /**
   * A select, "any" first: the value chosen (empty for any), its options shown as {@code shownAs}.
   */
  public String select(String name, String shownAs, String anyText, List<Fields.Option> options) {
    String value = typed.typed(name);
    model.put(shownAs, Fields.select(anyText, options, value));
    return value;
  }

  /** The box of {@code common/overdue-only}, sent as {@code overdue=true} when ticked. */
  public boolean overdueOnly() {
    boolean ticked = "true".equals(typed.typed("overdue"));
    model.put("overdueOnly", ticked);
    return ticked;
  }

  /**
   * Runs the workflow's search for the page asked for, unless a filter is already wrong; what the
   * search refuses is shown beside the filter it names. An empty first page when nothing ran.
   */
  public <T> Page<T> search(Function<PageRequest, Page<T>> search) {
    if (typed.errors().isEmpty()) {
      try {
        String page = typed.typed(PAGE);
        return search.apply(PageRequest.parse(page.isEmpty() ? null : page, null));
      } catch (InvalidInputException refused) {
        for (FieldError error : refused.errors()) {
          typed.errors().add(fieldId(error.field()), PageText.sentence(error.reason()));
        }
      }
    }
    return Page.of(List.of(), new PageRequest(0, PageRequest.DEFAULT_SIZE), 0);
  }

  /**
   * The list page: the filters as typed, a row for each case found, how many were found (as "1
   * complaint", "2 complaints"), the paging; with the messages when a filter was wrong.
   */
  public <T> PageView page(
      String title,
      String template,
      Page<T> found,
      Function<T, Map<String, Object>> row,
      String oneFound,
      String manyFound) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("rows", found.items().stream().map(row).toList());
    all.put("hasRows", !found.items().isEmpty());
    all.put("total", found.total());
    all.put("totalWord", found.total() == 1 ? oneFound : manyFound);
    all.put("pagination", pagination.apply(found));
    PageView page = PageView.of(title, template, all);
    return typed.errors().isEmpty() ? page : page.withErrors(typed.errors());
  }

  /** A date's message goes beside its day, the first of its three inputs. */
  private String fieldId(String parameter) {
    return dates.contains(parameter) ? parameter + "-day" : parameter;
  }
}
