package uk.nhs.icb.caseworkflows.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.web.RoleCheckFeature;

/**
 * Every REST method of the product names the roles it allows, only known roles, and none is open to
 * anonymous callers. The role check denies an unannotated method anyway; this test catches it
 * before it ships as an endpoint nobody can call.
 */
class RestRolesTest {

  private static final Set<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
      Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

  @Test
  void everyResourceMethodNamesKnownRolesAndNoneIsAnonymous() {
    List<String> resourceMethods = new ArrayList<>();
    for (Class<?> resource : RestResources.all()) {
      for (Method method : resource.getMethods()) {
        if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
          continue;
        }
        RoleCheckFeature.Access access = RoleCheckFeature.Access.of(method, resource);
        String name = resource.getSimpleName() + "." + method.getName();
        resourceMethods.add(name);
        assertThat(access.permitAll()).as(name + " is open to anonymous callers").isFalse();
        assertThat(access.roles()).as(name + " names no role").isNotEmpty();
        assertThat(Roles.ALL).as(name + " names an unknown role").containsAll(access.roles());
      }
    }
    assertThat(resourceMethods).contains("TaskListResource.tasks", "AuditResource.verify");
  }
}
