package uk.nhs.icb.caseworkflows.common.figures.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * The base of a report page: a subclass names the report, says who may see it ({@code @WebServlet},
 * {@code @ServletSecurity}) and gives its published figures for a period; this renders them as NHS
 * tables in the shared layout, with the recent quarters and years to pick from, and serves each
 * table as CSV ({@code ?format=csv&table=0}). A report whose own team may see exact figures says so
 * in {@link #tablesFor}, with {@link ReportTable#exact} tables marked as not for publication.
 */
public abstract class FiguresReportPage extends HttpServlet {

  @Inject private PageRenderer pages;
  @Inject private Clock clock;

  /** "Complaints received", the page's heading and the CSV file's name. */
  protected abstract String title();

  /** The report's tables for the period, already through the small-number rule. */
  protected abstract List<PublishedFigures> figuresFor(ReportingPeriod period);

  /**
   * The tables {@code request}'s caller is shown: by default the published figures to everyone. A
   * report whose own team may see exact figures overrides this, and keeps {@link #figuresFor} for
   * everyone else.
   */
  protected List<ReportTable> tablesFor(ReportingPeriod period, HttpServletRequest request) {
    return figuresFor(period).stream().map(ReportTable::published).toList();
  }

  /** Without dates in the address: the last complete quarter. */
  protected ReportingPeriod defaultPeriod(LocalDate today) {
    return ReportingPeriod.quarterOf(today).previousQuarter();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LocalDate today = LocalDate.now(clock.withZone(ReportingPeriod.UK));
    String address = request.getContextPath() + request.getServletPath();
    ReportingPeriod period;
    try {
      period =
          ReportPeriodQuery.read(
              request.getParameter("from"), request.getParameter("to"), defaultPeriod(today));
    } catch (IllegalArgumentException unreadable) {
      pages.render(
          request,
          response,
          new PageView(
              title(),
              FiguresPageModel.TEMPLATE,
              Map.of("heading", title(), "periodProblem", unreadable.getMessage()),
              400));
      return;
    }
    List<ReportTable> tables = tablesFor(period, request);
    if ("csv".equals(request.getParameter("format"))) {
      sendCsv(request, response, period, tables);
      return;
    }
    pages.render(
        request, response, FiguresPageModel.ofTables(title(), period, tables, address, today));
  }

  private void sendCsv(
      HttpServletRequest request,
      HttpServletResponse response,
      ReportingPeriod period,
      List<ReportTable> tables)
      throws IOException {
    int index;
    try {
      index = Integer.parseInt(String.valueOf(request.getParameter("table")));
    } catch (NumberFormatException noTable) {
      index = 0;
    }
    if (index < 0 || index >= tables.size()) {
      pages.notFound(request, response);
      return;
    }
    byte[] csv = tables.get(index).csv().text().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + CsvFileName.of(title(), period, index) + "\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
