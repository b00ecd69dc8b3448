package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.FiguresHeading;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.figures.web.FiguresReportPage;
import uk.nhs.icb.caseworkflows.common.figures.web.ReportTable;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.ifr.application.IfrFigures;

/**
 * The figures of the ICB's annual IFR report ({@code /ifr-figures}), each table also as CSV:
 * requests received, screened out by reason, decided, reviews and their outcomes, and the median
 * working days from a complete request to its decision. The IFR team (coordinators and panel) sees
 * the exact counts, marked as not for publication; the governing body sees the same tables through
 * the NHS small-number rule. Without dates, the current financial year to date.
 */
@WebServlet("/ifr-figures")
@ServletSecurity(
    @HttpConstraint(rolesAllowed = {Roles.IFR_COORDINATOR, Roles.IFR_PANEL, Roles.GOVERNING_BODY}))
public class IfrFiguresPage extends FiguresReportPage {

  @Inject IfrFigures figures;

  @Override
  protected String title() {
    return "IFR annual report figures";
  }

  @Override
  protected ReportingPeriod defaultPeriod(LocalDate today) {
    return ReportingPeriod.financialYearOf(today);
  }

  @Override
  protected List<PublishedFigures> figuresFor(ReportingPeriod period) {
    return figures.of(period).tables().stream().map(ExactFigures::published).toList();
  }

  @Override
  protected List<ReportTable> tablesFor(ReportingPeriod period, HttpServletRequest request) {
    boolean team =
        request.isUserInRole(Roles.IFR_COORDINATOR) || request.isUserInRole(Roles.IFR_PANEL);
    IfrFigures.Report report = figures.of(period);
    Function<ExactFigures, ReportTable> shown =
        team ? ReportTable::exact : table -> ReportTable.published(table.published());
    List<ReportTable> tables = new ArrayList<>(report.tables().stream().map(shown).toList());
    tables.add(median(period, report.medianWorkingDaysToDecision()));
    return tables;
  }

  /** The median is a number of days, not a count of people: shown as it is to both. */
  static ReportTable median(ReportingPeriod period, Double median) {
    return ReportTable.measures(
        new FiguresHeading("Time to decision", "Measure", period),
        Map.of(
            "Median working days from a complete request to its decision",
            median == null ? "No decisions" : days(median)));
  }

  private static String days(double median) {
    return median == Math.rint(median) ? String.valueOf((long) median) : String.valueOf(median);
  }
}
