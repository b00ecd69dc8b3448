package uk.nhs.icb.caseworkflows.complaints.reports.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ComplaintReports;

/**
 * The complaints report in the header for the governing body and the complaints manager; the
 * reports to recall for the IG officer.
 */
@ApplicationScoped
public class ReportNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    List<Link> links = new ArrayList<>();
    if (caller.hasAnyRole(ComplaintReports.READERS)) {
      links.add(new Link("Complaints report", GoverningBodyReportPage.PATH, 35));
    }
    if (caller.hasAnyRole(Set.of(Roles.IG_OFFICER))) {
      links.add(new Link("Reports to recall", WithdrawnStoryReportsPage.PATH, 75));
    }
    return links;
  }
}
