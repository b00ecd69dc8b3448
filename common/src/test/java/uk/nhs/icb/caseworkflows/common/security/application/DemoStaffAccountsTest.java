package uk.nhs.icb.caseworkflows.common.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;

class DemoStaffAccountsTest {

  @Test
  void everyRoleHasAnAccountNamedAfterIt() {
    for (String role : Roles.ALL) {
      assertThat(DemoStaffAccounts.ROLE_OF).containsEntry(role, role);
    }
  }

  @Test
  void aSecondComplaintsHandlerGivesAManagerSomeoneToReassignTo() {
    assertThat(DemoStaffAccounts.ROLE_OF)
        .containsEntry("complaints-handler-2", Roles.COMPLAINTS_HANDLER)
        .hasSize(Roles.ALL.size() + 1);
  }
}
