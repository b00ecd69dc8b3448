package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/** The complaints case list in the header, for the complaints team only. */
@ApplicationScoped
public class ComplaintNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    return ComplaintPages.mayWorkComplaints(caller)
        ? List.of(new Link("Complaints", ComplaintPages.PATH, 30))
        : List.of();
  }
}
