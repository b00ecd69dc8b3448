package uk.nhs.icb.caseworkflows.common.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;

class RoleMappingTest {

  @Test
  void eachRoleIsGivenByItsConfiguredValuesOrElseByItsOwnName() {
    RoleMapping mapping =
        new RoleMapping(Map.of(Roles.CHC_PANEL, List.of("grp-chc-panel", "grp-chc-chairs")));

    assertThat(mapping.rolesFor(List.of("grp-chc-chairs"))).contains(Roles.CHC_PANEL);
    assertThat(mapping.rolesFor(List.of(Roles.CHC_PANEL))).isEmpty();
    assertThat(mapping.rolesFor(List.of(Roles.GOVERNING_BODY)))
        .as("the governing body works no cases")
        .containsExactly(Roles.GOVERNING_BODY);
  }

  @Test
  void aConfiguredNameThatIsNotARoleStopsTheStart() {
    assertThatThrownBy(() -> new RoleMapping(Map.of("complaint-handler", List.of("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("complaint-handler");
  }

  @Test
  void theDerivedCaseWorkerGroupCannotBeGivenDirectly() {
    assertThat(new RoleMapping(Map.of()).rolesFor(List.of(Roles.ANY_CASE_WORKER))).isEmpty();
  }
}
