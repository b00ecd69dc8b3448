package uk.nhs.icb.caseworkflows.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DeclareRoles;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * The container is told exactly the roles the code knows, and the derived group of every case
 * worker: a new role is declared or the build fails.
 */
class StaffIdentityStoreTest {

  @Test
  void theDeclaredRolesAreTheRolesOfTheService() {
    assertThat(StaffIdentityStore.class.getAnnotation(DeclareRoles.class).value())
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(Roles.ALL.stream(), Stream.of(Roles.ANY_CASE_WORKER)).toList());
  }
}
