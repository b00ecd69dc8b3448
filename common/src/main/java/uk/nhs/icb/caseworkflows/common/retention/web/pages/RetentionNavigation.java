package uk.nhs.icb.caseworkflows.common.retention.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/** Retention review in the header, for information-governance officers only. */
@ApplicationScoped
public class RetentionNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    return caller.hasAnyRole(java.util.Set.of(Roles.IG_OFFICER))
        ? List.of(new Link("Retention", RetentionPages.PATH, 60))
        : List.of();
  }
}
