package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/**
 * IFR in the header: the requests for a coordinator, the panel's meetings for a panel member, and
 * the annual report's figures for them and for the governing body (published figures only).
 */
@ApplicationScoped
public class IfrNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    List<Link> links = new ArrayList<>();
    if (caller.hasAnyRole(Set.of(Roles.IFR_COORDINATOR))) {
      links.add(new Link("Funding requests", IfrPages.PATH, 50));
    } else if (caller.hasAnyRole(Set.of(Roles.IFR_PANEL))) {
      links.add(new Link("IFR panel meetings", PanelMeetingPages.PATH, 50));
    }
    if (caller.hasAnyRole(Set.of(Roles.IFR_COORDINATOR, Roles.IFR_PANEL, Roles.GOVERNING_BODY))) {
      links.add(new Link("IFR figures", "/ifr-figures", 55));
    }
    return links;
  }
}
