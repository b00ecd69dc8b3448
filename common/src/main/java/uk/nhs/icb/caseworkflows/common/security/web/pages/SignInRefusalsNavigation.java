package uk.nhs.icb.caseworkflows.common.security.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation;

/** Refused sign-ins in the header, for information-governance officers only. */
@ApplicationScoped
public class SignInRefusalsNavigation implements PageNavigation {

  @Override
  public List<Link> linksFor(Caller caller) {
    return caller.hasAnyRole(Set.of(Roles.IG_OFFICER))
        ? List.of(new Link("Refused sign-ins", SignInRefusalsPage.PATH, 65))
        : List.of();
  }
}
