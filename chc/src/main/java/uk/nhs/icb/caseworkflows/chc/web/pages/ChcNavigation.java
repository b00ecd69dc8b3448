package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.chc.application.ChcCaseAccess;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/** The CHC list in the header, for the CHC team only. */
@ApplicationScoped
public class ChcNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    return caller.hasAnyRole(ChcCaseAccess.CHC_TEAM)
        ? List.of(new Link("CHC cases", ChcPages.PATH, 40))
        : List.of();
  }
}
