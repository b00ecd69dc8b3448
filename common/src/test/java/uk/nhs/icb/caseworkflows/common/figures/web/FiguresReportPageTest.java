package uk.nhs.icb.caseworkflows.common.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.testing.Fakes;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/** A report built on the base, asked for its page and its CSV as a browser would. */
class FiguresReportPageTest {

  /** A report as a workflow would write one: a title and its published tables. */
  static class IfrFigures extends FiguresReportPage {
    final List<ReportingPeriod> askedFor = new ArrayList<>();

    @Override
    protected String title() {
      return "IFR figures";
    }

    @Override
    protected List<PublishedFigures> figuresFor(ReportingPeriod period) {
      askedFor.add(period);
      return List.of(
          ExactFigures.of(
                  "Requests by decision",
                  "Decision",
                  period,
                  List.of("Approved", "Declined"),
                  Map.of("Approved", 12L, "Declined", 2L))
              .published());
    }
  }

  /** The same report whose own team is shown the exact counts, and a measure that is no count. */
  static final class ExactForTheTeam extends IfrFigures {
    @Override
    protected List<ReportTable> tablesFor(ReportingPeriod period, HttpServletRequest request) {
      return List.of(
          ReportTable.exact(
              ExactFigures.of(
                  "Requests by decision",
                  "Decision",
                  period,
                  List.of("Approved", "Declined"),
                  Map.of("Approved", 12L, "Declined", 2L))),
          ReportTable.measures(
              new uk.nhs.icb.caseworkflows.common.figures.domain.FiguresHeading(
                  "Days to decision", "Measure", period),
              Map.of("Median working days", "14")));
    }
  }

  private final List<PageView> rendered = new ArrayList<>();
  private final Map<String, String> headers = new HashMap<>();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private IfrFigures report = new IfrFigures();

  FiguresReportPageTest() {
    wire();
  }

  private void wire() {
    PageRenderer pages =
        new PageRenderer(null, null) {
          @Override
          public void render(
              HttpServletRequest request, HttpServletResponse response, PageView page) {
            rendered.add(page);
          }
        };
    Fakes.inject(report, FiguresReportPage.class, "pages", pages);
    Fakes.inject(
        report,
        FiguresReportPage.class,
        "clock",
        Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("UTC")));
  }

  private void get(Map<String, String> parameters) throws Exception {
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getParameter" -> parameters.get((String) args[0]);
                      case "getContextPath" -> "/app";
                      case "getServletPath" -> "/reports/ifr";
                      case "getMethod" -> "GET";
                      default -> null;
                    });
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}

          @Override
          public void write(int b) {
            body.write(b);
          }
        };
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                    case "getOutputStream" -> {
                      return out;
                    }
                    default -> {}
                  }
                  return null;
                });
    report.doGet(request, response);
  }

  @Test
  void withoutDatesThePageShowsTheLastCompleteQuarter() throws Exception {
    get(Map.of());

    assertThat(report.askedFor).containsExactly(ReportingPeriod.quarter(2026, 2));
    assertThat(rendered)
        .singleElement()
        .extracting(PageView::title)
        .isEqualTo("IFR figures: Q2 2026/27");
  }

  @Test
  void theCsvIsThePublishedTableAsAnAttachment() throws Exception {
    get(Map.of("from", "2026-04-01", "to", "2026-06-30", "format", "csv", "table", "0"));

    assertThat(rendered).isEmpty();
    assertThat(headers)
        .containsEntry("Content-Type", "text/csv;charset=UTF-8")
        .containsEntry(
            "Content-Disposition",
            "attachment; filename=\"ifr-figures-2026-04-01-to-2026-06-30-1.csv\"");
    assertThat(body.toString(StandardCharsets.UTF_8))
        .isEqualTo("Decision,Q1 2026/27\r\nApproved,10\r\nDeclined,*\r\nTotal,15\r\n");
  }

  @Test
  void unreadableDatesAreSaidOnThePageWithA400() throws Exception {
    get(Map.of("from", "2026-04-01"));

    assertThat(report.askedFor).isEmpty();
    assertThat(rendered)
        .singleElement()
        .satisfies(
            page -> {
              assertThat(page.status()).isEqualTo(400);
              assertThat(page.model())
                  .containsEntry(
                      "periodProblem", "Enter both the first and the last day of the period");
            });
  }

  @Test
  void aReportForItsOwnTeamShowsExactCountsMarkedNotForPublication() throws Exception {
    report = new ExactForTheTeam();
    wire();

    get(Map.of("from", "2026-04-01", "to", "2026-06-30"));

    PageView page = rendered.get(0);
    assertThat(page.model().get("exactNote")).isEqualTo(FiguresPageModel.EXACT);
    assertThat(page.model().get("rule")).as("nothing is suppressed").isNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tables = (List<Map<String, Object>>) page.model().get("tables");
    assertThat(tables.get(0))
        .containsEntry("total", "14")
        .containsEntry("hasTotal", true)
        .containsEntry("valueHeading", "Number")
        .containsEntry(
            "rows",
            List.of(
                Map.of("category", "Approved", "shown", "12"),
                Map.of("category", "Declined", "shown", "2")));
    assertThat(tables.get(1))
        .containsEntry("hasTotal", false)
        .as("a measure is headed as a value, not a number of cases")
        .containsEntry("valueHeading", "Value");

    rendered.clear();
    get(Map.of("from", "2026-04-01", "to", "2026-06-30", "format", "csv", "table", "0"));
    assertThat(body.toString(StandardCharsets.UTF_8))
        .isEqualTo("Decision,Q1 2026/27\r\nApproved,12\r\nDeclined,2\r\nTotal,14\r\n");
  }
}
