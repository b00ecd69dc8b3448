package uk.nhs.icb.caseworkflows.complaints.reports.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.figures.web.BarChartSvg;
import uk.nhs.icb.caseworkflows.common.figures.web.FiguresPageModel;
import uk.nhs.icb.caseworkflows.common.figures.web.ReportPeriodQuery;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ComplaintReports;
import uk.nhs.icb.caseworkflows.complaints.reports.application.GoverningBodyReport;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ReportChart;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ReportModel;
import uk.nhs.icb.caseworkflows.complaints.reports.web.ReportPeriods;

/**
 * The governing body's complaints report ({@value #PATH}) for a period: headline figures, the
 * charts as SVG (each with its title and a description reading every bar, and the table behind it
 * below), the published tables, the period's published stories, and links to the report and the
 * year's annual report as PDF/A. Nothing on it links to a complaint. Viewing is audited.
 */
@WebServlet(GoverningBodyReportPage.PATH)
// Any signed-in person; the servlet checks the role itself, to explain a refusal in a page.
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class GoverningBodyReportPage extends HttpServlet {

  public static final String PATH = "/complaint-reports";
  static final String TITLE = "Complaints report to the governing body";
  static final String TEMPLATE = "complaint-reports/report";

  @Inject private transient PageRenderer pages;
  @Inject private transient CurrentCaller caller;
  @Inject private transient ComplaintReports reports;
  @Inject private transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!caller.get().hasAnyRole(ComplaintReports.READERS)) {
      pages.forbidden(
          request,
          response,
          "Only the governing body and the complaints manager read the complaints report.");
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ReportingPeriod.UK));
    ReportingPeriod period;
    try {
      period =
          ReportPeriods.period(request.getParameter("from"), request.getParameter("to"), today);
    } catch (IllegalArgumentException unreadable) {
      pages.render(
          request,
          response,
          new PageView(
              TITLE,
              TEMPLATE,
              Map.of(
                  "periodProblem",
                  unreadable.getMessage(),
                  "periods",
                  periods(request, null, today)),
              400));
      return;
    }
    GoverningBodyReport report = reports.view(period);
    Map<String, Object> model = new LinkedHashMap<>(ReportModel.of(report));
    model.put("svgCharts", svgCharts(report));
    model.put(
        "pdfHref",
        request.getContextPath()
            + "/api/complaint-reports/governing-body/pdf?"
            + ReportPeriodQuery.of(period));
    ReportingPeriod year = ReportingPeriod.financialYearOf(period.from());
    if (year.from().getYear() <= today.getYear()) {
      model.put(
          "annualHref",
          request.getContextPath()
              + "/api/complaint-reports/annual/pdf?year="
              + year.from().getYear());
      model.put("annualYear", year.label());
    }
    model.put("periods", periods(request, period, today));
    pages.render(request, response, PageView.of(TITLE + ": " + period.label(), TEMPLATE, model));
  }

  /** Each chart as SVG; the text alternative is inside it, the table behind it further down. */
  private static List<Map<String, Object>> svgCharts(GoverningBodyReport report) {
    List<Map<String, Object>> charts = new ArrayList<>();
    for (ReportChart chart : ReportModel.charts(report.figures())) {
      List<BarChartSvg.Bar> bars =
          chart.bars().entrySet().stream()
              .map(bar -> new BarChartSvg.Bar(bar.getKey(), bar.getValue()))
              .toList();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", chart.id());
      item.put("title", chart.title());
      item.put("svg", BarChartSvg.of(chart.id(), chart.title(), bars));
      charts.add(item);
    }
    return charts;
  }

  private static List<Map<String, Object>> periods(
      HttpServletRequest request, ReportingPeriod current, LocalDate today) {
    return FiguresPageModel.periodLinks(current, request.getContextPath() + PATH, today);
  }
}
