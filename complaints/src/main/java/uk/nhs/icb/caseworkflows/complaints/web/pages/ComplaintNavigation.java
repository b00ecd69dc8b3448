package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/**
 * The complaints case list in the header, for the complaints team only; the breaches view beside it
 * for a complaints manager.
 */
@ApplicationScoped
public class ComplaintNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    if (!ComplaintPages.mayWorkComplaints(caller)) {
      return List.of();
    }
    return caller.hasAnyRole(Set.of(Roles.COMPLAINTS_MANAGER))
        ? List.of(
            new Link("Complaints", ComplaintPages.PATH, 30),
            new Link("Complaint breaches", ComplaintBreachesPage.PATH, 31))
        : List.of(new Link("Complaints", ComplaintPages.PATH, 30));
  }
}
