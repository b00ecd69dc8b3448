package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import uk.nhs.icb.caseworkflows.chc.application.ChcFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.figures.web.FiguresReportPage;
import uk.nhs.icb.caseworkflows.common.figures.web.ReportTable;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * The CHC quarterly figures as the governing body sees them ({@code /chc-figures}): every count
 * through the NHS small-number rule (1 to 7 shown as *, others to the nearest 5), with the CSV of
 * the same published table. The exact figures for the return are the API's, for the panel and the
 * IG officer only.
 */
@WebServlet(urlPatterns = ChcFiguresPage.PATH)
@ServletSecurity(
    @HttpConstraint(rolesAllowed = {Roles.GOVERNING_BODY, Roles.CHC_PANEL, Roles.IG_OFFICER}))
public class ChcFiguresPage extends FiguresReportPage {

  static final String PATH = "/chc-figures";

  @Inject private ChcFigures figures;

  @Override
  protected String title() {
    return "NHS Continuing Healthcare figures";
  }

  @Override
  protected List<PublishedFigures> figuresFor(ReportingPeriod period) {
    return List.of(figures.of(period).published());
  }

  // The return's rows are separate measures (referrals, decisions, budgets): no total row.
  @Override
  protected List<ReportTable> tablesFor(ReportingPeriod period, HttpServletRequest request) {
    return figuresFor(period).stream().map(ReportTable::publishedMeasures).toList();
  }
}
