package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import uk.nhs.icb.caseworkflows.common.paging.Page;

/**
 * The NHS numbered pagination under a list, for {@code {{> common/pagination}}}: previous and next,
 * the first and last page, the current page with its neighbours, and an ellipsis for the gaps.
 * Pages are numbered from 1 for people; {@link Page} counts from 0.
 */
public final class Pagination {

  private Pagination() {}

  /**
   * The pagination of a filtered list at {@code listPath}: each page's link keeps the filters of
   * this request (its other non-empty parameters) and sets {@code page}, counted from 0.
   */
  public static Map<String, Object> of(Page<?> page, HttpServletRequest request, String listPath) {
    StringBuilder filters = new StringBuilder();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("page") && values.length > 0 && !values[0].isEmpty()) {
                filters
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(values[0], StandardCharsets.UTF_8))
                    .append('&');
              }
            });
    String base = request.getContextPath() + listPath + "?" + filters + "page=";
    return of(page, number -> base + (number - 1));
  }

  /**
   * @param page the page shown
   * @param hrefOfPage the link to a page, given its number from 1
   */
  public static Map<String, Object> of(Page<?> page, IntFunction<String> hrefOfPage) {
    int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
    int current = page.page() + 1;
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("show", pages > 1);
    model.put("previous", current > 1 ? hrefOfPage.apply(current - 1) : null);
    model.put("next", current < pages ? hrefOfPage.apply(current + 1) : null);
    List<Map<String, Object>> items = new ArrayList<>();
    int last = 0;
    for (int number = 1; number <= pages; number++) {
      if (number == 1 || number == pages || Math.abs(number - current) <= 1) {
        if (number - last > 1) {
          items.add(Map.of("ellipsis", true));
        }
        items.add(
            Map.of(
                "number", number, "href", hrefOfPage.apply(number), "current", number == current));
        last = number;
      }
    }
    model.put("items", items);
    long first = page.total() == 0 ? 0 : (long) page.page() * page.size() + 1;
    model.put("first", first);
    model.put("last", Math.min(page.total(), (long) current * page.size()));
    model.put("total", page.total());
    return model;
  }
}
