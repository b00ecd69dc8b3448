package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.paging.Page;

class PaginationTest {

  @Test
  void aLongListShowsFirstLastTheCurrentPageWithItsNeighboursAndGaps() {
    Page<String> tenth = new Page<>(List.of("x"), 9, 20, 800);

    Map<String, Object> model = Pagination.of(tenth, n -> "?page=" + n);

    assertThat(model.get("show")).isEqualTo(true);
    assertThat(model.get("previous")).isEqualTo("?page=9");
    assertThat(model.get("next")).isEqualTo("?page=11");
    assertThat(numbers(model)).containsExactly("1", "…", "9", "10", "11", "…", "40");
    assertThat(model.get("first")).isEqualTo(181L);
    assertThat(model.get("last")).isEqualTo(200L);
  }

  @Test
  void aFilteredListsPageLinksKeepItsFiltersAndReplaceThePage() {
    Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
    parameters.put("status", new String[] {"OPEN"});
    parameters.put("q", new String[] {"Ada & Grace"});
    parameters.put("handler", new String[] {""});
    parameters.put("page", new String[] {"1"});
    jakarta.servlet.http.HttpServletRequest request =
        FakeHttp.fake(
            jakarta.servlet.http.HttpServletRequest.class,
            Map.of("getParameterMap", args -> parameters, "getContextPath", args -> "/icb"));

    Map<String, Object> model =
        Pagination.of(new Page<>(List.of("x"), 1, 20, 60), request, "/complaints");

    assertThat(model.get("previous"))
        .isEqualTo("/icb/complaints?status=OPEN&q=Ada+%26+Grace&page=0");
    assertThat(model.get("next")).isEqualTo("/icb/complaints?status=OPEN&q=Ada+%26+Grace&page=2");
  }

  @Test
  void aSinglePageNeedsNoPagination() {
    Map<String, Object> model = Pagination.of(new Page<>(List.of("x"), 0, 20, 3), n -> "?" + n);

    assertThat(model.get("show")).isEqualTo(false);
    assertThat(model.get("previous")).isNull();
    assertThat(model.get("last")).isEqualTo(3L);
  }

  @Test
  void theTemplateMarksTheCurrentPage() {
    String html =
        new PageTemplates(getClass().getClassLoader())
            .render(
                "common/pagination",
                Pagination.of(new Page<>(List.of(), 1, 10, 25), n -> "?page=" + n));

    assertThat(html)
        .contains("href=\"?page&#x3D;2\" aria-label=\"Page 2\" aria-current=\"page\"")
        .contains("rel=\"next\"");
  }

  @SuppressWarnings("unchecked")
  private static List<String> numbers(Map<String, Object> model) {
    return ((List<Map<String, Object>>) model.get("items"))
        .stream()
            .map(item -> item.containsKey("ellipsis") ? "…" : String.valueOf(item.get("number")))
            .toList();
  }
}
