package uk.nhs.icb.caseworkflows.common.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.web.RoleCheckFeature.Access;

class RoleCheckFeatureTest {

  @RolesAllowed({"COMPLAINTS_HANDLER", "COMPLAINTS_LEAD"})
  static class ComplaintsResource {
    public void list() {}

    @RolesAllowed("COMPLAINTS_LEAD")
    public void close() {}

    @PermitAll
    public void publicSummary() {}

    @DenyAll
    public void purge() {}
  }

  @PermitAll
  static class OpenResource {
    public void ping() {}

    @RolesAllowed("ADMIN")
    public void settings() {}

    @DenyAll
    public void shutdown() {}
  }

  @DenyAll
  static class ClosedResource {
    public void anything() {}

    @RolesAllowed("ADMIN")
    public void adminOnly() {}
  }

  static class UnannotatedResource {
    public void forgotten() {}
  }

  @RolesAllowed(Roles.ANY_CASE_WORKER)
  static class TaskResource {
    public void tasks() {}
  }

  private static Access accessTo(Class<?> resource, String method) throws NoSuchMethodException {
    Method m = resource.getDeclaredMethod(method);
    return Access.of(m, resource);
  }

  @Test
  void aMethodWithoutAnnotationsTakesTheClassRoles() throws Exception {
    Access access = accessTo(ComplaintsResource.class, "list");

    assertThat(access.permitAll()).isFalse();
    assertThat(access.roles()).containsExactlyInAnyOrder("COMPLAINTS_HANDLER", "COMPLAINTS_LEAD");
  }

  @Test
  void rolesOnTheMethodWinOverRolesOnTheClass() throws Exception {
    Access access = accessTo(ComplaintsResource.class, "close");

    assertThat(access.permitAll()).isFalse();
    assertThat(access.roles()).containsExactly("COMPLAINTS_LEAD");
  }

  @Test
  void permitAllOnAMethodOpensItInAClassThatNeedsRoles() throws Exception {
    assertThat(accessTo(ComplaintsResource.class, "publicSummary"))
        .isEqualTo(new Access(true, Set.of()));
  }

  @Test
  void denyAllOnAMethodClosesItInAClassThatAllowsRoles() throws Exception {
    Access access = accessTo(ComplaintsResource.class, "purge");

    assertThat(access.permitAll()).isFalse();
    assertThat(access.roles()).isEmpty();
  }

  @Test
  void aMethodOfAnOpenClassIsOpen() throws Exception {
    assertThat(accessTo(OpenResource.class, "ping").permitAll()).isTrue();
  }

  @Test
  void rolesOnAMethodNarrowAnOpenClass() throws Exception {
    Access access = accessTo(OpenResource.class, "settings");

    assertThat(access.permitAll()).isFalse();
    assertThat(access.roles()).containsExactly("ADMIN");
  }

  @Test
  void denyAllOnAMethodClosesItInAnOpenClass() throws Exception {
    Access access = accessTo(OpenResource.class, "shutdown");

    assertThat(access.permitAll()).isFalse();
    assertThat(access.roles()).isEmpty();
  }

  @Test
  void aMethodOfAClosedClassIsClosedUnlessItNamesRoles() throws Exception {
    assertThat(accessTo(ClosedResource.class, "anything").roles()).isEmpty();
    assertThat(accessTo(ClosedResource.class, "anything").permitAll()).isFalse();
    assertThat(accessTo(ClosedResource.class, "adminOnly").roles()).containsExactly("ADMIN");
  }

  @Test
  void withNoAnnotationAnywhereNobodyMayCall() throws Exception {
    Access access = accessTo(UnannotatedResource.class, "forgotten");

    assertThat(access.permitAll()).isFalse();
    assertThat(access.roles()).isEmpty();
  }

  @Test
  void theCaseWorkerGroupStandsForEveryRoleButTheGoverningBody() throws Exception {
    assertThat(accessTo(TaskResource.class, "tasks").roles())
        .containsExactlyInAnyOrderElementsOf(Roles.CASE_WORKERS)
        .hasSize(Roles.ALL.size() - 1)
        .doesNotContain(Roles.GOVERNING_BODY);
  }
}
