package uk.nhs.icb.caseworkflows.common.figures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

class FiguresPageModelTest {

  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static PublishedFigures figures(Map<String, Long> counts) {
    return ExactFigures.of(
            "IFR requests by decision", "Decision", Q1, List.of("Approved", "Declined"), counts)
        .published();
  }

  private static String html(PageView page) {
    Map<String, Object> model = new HashMap<>(page.model());
    model.put("contextPath", "/app");
    return new PageTemplates(FiguresPageModelTest.class.getClassLoader())
        .render(page.template(), model);
  }

  @Test
  void thePageShowsThePublishedFiguresAndExplainsTheStar() {
    PageView page =
        FiguresPageModel.of(
            "IFR figures",
            Q1,
            List.of(figures(Map.of("Approved", 23L, "Declined", 4L))),
            "/app/reports/ifr",
            TODAY);

    String html = html(page);

    assertThat(page.title()).isEqualTo("IFR figures: Q1 2026/27");
    assertThat(html)
        .contains("<caption class=\"nhsuk-table__caption\">IFR requests by decision</caption>")
        .containsPattern("Approved</th>\\s*<td[^>]*>25</td>")
        .containsPattern("Declined</th>\\s*<td[^>]*>\\*</td>")
        .containsPattern("Total</th>\\s*<td[^>]*><strong>25</strong>")
        .contains("id=\"small-number-rule\"")
        .contains("Figures from 1 April 2026 to 30 June 2026")
        .contains("format&#x3D;csv&amp;table&#x3D;0")
        .doesNotContain(">23<", ">4<");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tables = (List<Map<String, Object>>) page.model().get("tables");
    assertThat(tables.get(0))
        .containsEntry(
            "csvHref", "/app/reports/ifr?from=2026-04-01&to=2026-06-30&format=csv&table=0");
  }

  @Test
  void withNoStarThereIsNoExplanationOfIt() {
    String html =
        html(
            FiguresPageModel.of(
                "IFR figures",
                Q1,
                List.of(figures(Map.of("Approved", 23L, "Declined", 0L))),
                "/app/reports/ifr",
                TODAY));

    assertThat(html).doesNotContain("small-number-rule");
  }

  @Test
  void theRecentQuartersAndYearsAreOffered() {
    List<Map<String, Object>> links =
        FiguresPageModel.periodLinks(ReportingPeriod.quarter(2026, 1), "/app/reports/ifr", TODAY);

    assertThat(links)
        .extracting(link -> link.get("label"))
        .containsExactly(
            "Q2 2026/27", "Q1 2026/27", "Q4 2025/26", "Q3 2025/26", "2026/27", "2025/26");
    assertThat(links.get(1)).containsEntry("current", true);
    assertThat(links.get(0))
        .containsEntry("href", "/app/reports/ifr?from=2026-07-01&to=2026-09-30");
  }

  @Test
  void thePeriodIsReadBackFromTheAddress() {
    assertThat(ReportPeriodQuery.read("2026-04-01", "2026-06-30", null)).isEqualTo(Q1);
    assertThat(ReportPeriodQuery.read(null, " ", Q1)).isEqualTo(Q1);
    assertThatThrownBy(() -> ReportPeriodQuery.read("2026-04-01", null, Q1))
        .hasMessage("Enter both the first and the last day of the period");
    assertThatThrownBy(() -> ReportPeriodQuery.read("1 April", "2026-06-30", Q1))
        .hasMessageContaining("as dates");
    assertThatThrownBy(() -> ReportPeriodQuery.read("2026-06-30", "2026-04-01", Q1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCsvFileIsNamedAfterTheReportAndPeriod() {
    assertThat(CsvFileName.of("IFR figures: by decision", Q1, 0))
        .isEqualTo("ifr-figures-by-decision-2026-04-01-to-2026-06-30-1.csv");
  }
}
