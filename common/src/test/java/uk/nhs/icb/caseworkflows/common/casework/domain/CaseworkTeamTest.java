package uk.nhs.icb.caseworkflows.common.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseworkTeams;
import uk.nhs.icb.caseworkflows.common.security.Caller;

class CaseworkTeamTest {

  private static final CaseworkTeam COMPLAINTS =
      new CaseworkTeam("complaint", "complaints-handler", "complaints-manager");
  private static final CaseworkTeam CHC = new CaseworkTeam("chc", "chc-assessor", "chc-panel");

  @Test
  void eachCaseTypeRegistersItsTeamAndManagerAsData() {
    CaseworkTeams teams = new CaseworkTeams(List.of(COMPLAINTS, CHC));
    Caller panel = new Caller("pat", Set.of("chc-panel"));

    assertThat(teams.of("chc")).contains(CHC);
    assertThat(teams.of("ifr")).isEmpty();
    assertThat(teams.managedBy(panel)).containsExactly(CHC);
    assertThat(COMPLAINTS.isManagedBy(panel)).isFalse();
    assertThat(COMPLAINTS.isManagedBy(new Caller("mo", Set.of("complaints-manager")))).isTrue();
  }
}
