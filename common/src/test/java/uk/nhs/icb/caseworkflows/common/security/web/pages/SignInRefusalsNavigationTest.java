package uk.nhs.icb.caseworkflows.common.security.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation.Link;

class SignInRefusalsNavigationTest {

  private final SignInRefusalsNavigation navigation = new SignInRefusalsNavigation();

  @Test
  void onlyTheInformationGovernanceOfficerHasTheLink() {
    for (String role : Roles.ALL) {
      assertThat(navigation.linksFor(new Caller("someone", Set.of(role))))
          .as(role)
          .extracting(Link::path)
          .isEqualTo(
              role.equals(Roles.IG_OFFICER)
                  ? java.util.List.of("/sign-in-refusals")
                  : java.util.List.of());
    }
  }
}
