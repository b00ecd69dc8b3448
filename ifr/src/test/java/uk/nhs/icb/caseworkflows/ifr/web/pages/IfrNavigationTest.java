package uk.nhs.icb.caseworkflows.ifr.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.PageNavigation.Link;

/** Who is shown which IFR link in the header. */
class IfrNavigationTest {

  private final IfrNavigation navigation = new IfrNavigation();

  private Set<String> paths(String role) {
    return Set.copyOf(
        navigation.linksFor(new Caller("someone", Set.of(role))).stream().map(Link::path).toList());
  }

  @Test
  void aCoordinatorGetsTheRequestsAndTheFigures() {
    assertThat(paths(Roles.IFR_COORDINATOR)).containsExactlyInAnyOrder("/ifr", "/ifr-figures");
  }

  @Test
  void aPanelMemberGetsTheMeetingsAndTheFiguresButNoListOfPatients() {
    assertThat(paths(Roles.IFR_PANEL))
        .containsExactlyInAnyOrder("/ifr-panel-meetings", "/ifr-figures");
  }

  @Test
  void theGoverningBodyGetsOnlyThePublishedFiguresAndOtherTeamsNothing() {
    assertThat(paths(Roles.GOVERNING_BODY)).containsExactly("/ifr-figures");
    assertThat(paths(Roles.CHC_ASSESSOR)).isEmpty();
  }
}
