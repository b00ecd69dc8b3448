package uk.nhs.icb.caseworkflows.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void rolesAreRecordedSortedAndCommaSeparated() {
    Caller caller =
        new Caller("jane.smith", Set.of("IFR_PANEL", "CHC_NURSE", "COMPLAINTS_HANDLER"));

    assertThat(caller.rolesAsText()).isEqualTo("CHC_NURSE,COMPLAINTS_HANDLER,IFR_PANEL");
  }

  @Test
  void theSameRolesGiveTheSameTextWhateverOrderTheyCameIn() {
    Caller one = new Caller("a", new LinkedHashSet<>(List.of("B", "C", "A")));
    Caller other = new Caller("a", new LinkedHashSet<>(List.of("C", "A", "B")));

    assertThat(one.rolesAsText()).isEqualTo(other.rolesAsText()).isEqualTo("A,B,C");
    assertThat(one.rolesAsText()).isEqualTo(one.rolesAsText());
  }

  @Test
  void noRolesIsRecordedAsEmptyText() {
    assertThat(new Caller("jane.smith", Set.of()).rolesAsText()).isEmpty();
    assertThat(Caller.SYSTEM.rolesAsText()).isEmpty();
    assertThat(Caller.SYSTEM.name()).isEqualTo("system");
  }

  @Test
  void aCallerHasAnyRoleWhenOneOfTheWantedRolesIsTheirs() {
    Caller caller = new Caller("jane.smith", Set.of("CHC_NURSE", "IFR_PANEL"));

    assertThat(caller.hasAnyRole(Set.of("IFR_PANEL", "ADMIN"))).isTrue();
    assertThat(caller.hasAnyRole(Set.of("ADMIN", "COMPLAINTS_HANDLER"))).isFalse();
    assertThat(caller.hasAnyRole(Set.of())).isFalse();
  }

  @Test
  void roleNamesAreCaseSensitive() {
    assertThat(new Caller("jane.smith", Set.of("CHC_NURSE")).hasAnyRole(Set.of("chc_nurse")))
        .isFalse();
  }

  @Test
  void theSystemHasNoRole() {
    assertThat(Caller.SYSTEM.hasAnyRole(Set.of("ADMIN", "CHC_NURSE"))).isFalse();
  }

  @Test
  void laterChangesToTheGivenSetDoNotChangeTheCaller() {
    Set<String> roles = new HashSet<>(Set.of("CHC_NURSE"));
    Caller caller = new Caller("jane.smith", roles);

    roles.add("ADMIN");

    assertThat(caller.roles()).containsExactly("CHC_NURSE");
    assertThat(caller.hasAnyRole(Set.of("ADMIN"))).isFalse();
    assertThatThrownBy(() -> caller.roles().add("ADMIN"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
