package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;

/** A case list's filters: shown again as typed, refusals beside their filter, the list paged. */
class ListFiltersTest {

  private static final List<Fields.Option> STATUSES =
      List.of(Fields.Option.of("OPEN", "Open"), Fields.Option.of("CLOSED", "Closed"));

  private final List<PageRequest> searched = new ArrayList<>();

  @Test
  void theFiltersAreShownAgainAsTypedAndTheSearchGetsThePageAskedFor() {
    ListFilters filters =
        filters(
            Map.of(
                "q", "Ada",
                "status", "CLOSED",
                "overdue", "true",
                "from-day", "3",
                "from-month", "2",
                "from-year", "2026",
                "page", "1"));

    assertThat(filters.text("q")).isEqualTo("Ada");
    assertThat(filters.text("team")).isEmpty();
    assertThat(filters.select("status", "statuses", "Any status", STATUSES)).isEqualTo("CLOSED");
    assertThat(filters.overdueOnly()).isTrue();
    assertThat(filters.date("from", "Received from")).isEqualTo("2026-02-03");
    assertThat(filters.date("to", "Received to")).isNull();
    Page<String> found = filters.search(page -> found(page, 21, "Ada's case"));
    PageView view = filters.page("Things", "things/list", found, this::row, "thing", "things");

    assertThat(searched).containsExactly(new PageRequest(1, PageRequest.DEFAULT_SIZE));
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.model())
        .containsEntry("q", "Ada")
        .containsEntry("team", "")
        .containsEntry("overdueOnly", true)
        .containsEntry("rows", List.of(Map.of("name", "Ada's case")))
        .containsEntry("hasRows", true)
        .containsEntry("total", 21L)
        .containsEntry("totalWord", "things")
        .containsEntry("pagination", Map.of("page", 1));
    assertThat(view.model().get("statuses"))
        .isEqualTo(Fields.select("Any status", STATUSES, "CLOSED"));
    assertThat(view.model().get("from")).isInstanceOf(Map.class);
  }

  @Test
  void oneCaseFoundIsCountedInTheSingular() {
    ListFilters filters = filters(Map.of());
    assertThat(filters.overdueOnly()).isFalse();

    PageView view =
        filters.page(
            "Things",
            "t",
            filters.search(page -> found(page, 1, "x")),
            this::row,
            "thing",
            "things");

    assertThat(view.model())
        .containsEntry("totalWord", "thing")
        .containsEntry("overdueOnly", false);
    assertThat(searched).containsExactly(new PageRequest(0, PageRequest.DEFAULT_SIZE));
  }

  @Test
  void aWrongDateIsReportedBesideItAndNothingIsSearched() {
    ListFilters filters = filters(Map.of("from-day", "31", "from-month", "2", "from-year", "2026"));
    filters.date("from", "Received from");

    Page<String> found = filters.search(page -> found(page, 1, "never"));
    PageView view = filters.page("Things", "t", found, this::row, "thing", "things");

    assertThat(searched).isEmpty();
    assertThat(found.items()).isEmpty();
    assertThat(view.status()).isEqualTo(400);
    assertThat(view.title()).isEqualTo("Error: Things");
    assertThat(view.model()).containsEntry("hasRows", false).containsEntry("total", 0L);
    assertThat(errorsOf(view)).containsKey("from-day");
  }

  @Test
  void whatTheSearchRefusesIsShownBesideItsFilterADateBesideItsDay() {
    ListFilters filters = filters(Map.of("caseworker", "nobody"));
    filters.date("from", "Received from");
    filters.text("caseworker");

    Page<String> found =
        filters.search(
            page -> {
              throw new InvalidInputException(
                  List.of(
                      new FieldError("caseworker", "is not a member of staff"),
                      new FieldError("from", "must not be after the end")));
            });
    PageView view = filters.page("Things", "t", found, this::row, "thing", "things");

    assertThat(found.items()).isEmpty();
    @SuppressWarnings("unchecked")
    List<FormErrors.FieldProblem> summary =
        (List<FormErrors.FieldProblem>) view.model().get("errorSummary");
    assertThat(summary)
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            tuple("caseworker", "Is not a member of staff"),
            tuple("from-day", "Must not be after the end"));
  }

  @Test
  void aPageThatIsNotANumberIsRefusedBesideIt() {
    ListFilters filters = filters(Map.of("page", "last"));

    filters.search(page -> found(page, 1, "never"));
    PageView view =
        filters.page(
            "Things",
            "t",
            Page.of(List.of(), new PageRequest(0, 20), 0),
            this::row,
            "thing",
            "things");

    assertThat(searched).isEmpty();
    assertThat(errorsOf(view)).containsKey("page");
  }

  private ListFilters filters(Map<String, String> query) {
    return new ListFilters(
        FormValues.of(query, FieldLimits.NONE), page -> Map.of("page", page.page()));
  }

  private Page<String> found(PageRequest page, long total, String item) {
    searched.add(page);
    return Page.of(List.of(item), page, total);
  }

  private Map<String, Object> row(String item) {
    return Map.of("name", item);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> errorsOf(PageView view) {
    return (Map<String, String>) view.model().get("errors");
  }
}
