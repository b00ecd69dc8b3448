package uk.nhs.icb.caseworkflows.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.app.AuthorisationMatrix;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.web.RoleCheckFeature;

/**
 * The authorisation matrix names every REST endpoint of the product and every role, and says no
 * more than the code allows: a new endpoint without a row, a row for an endpoint that is gone, or
 * an "allow" the endpoint's {@code @RolesAllowed} does not grant, fails the build. (A "deny" where
 * the annotation allows is fine: case-level access may be narrower, and ReliabilityIT checks it.)
 */
class AuthorisationMatrixTest {

  @Test
  void everyEndpointHasARowForEveryRoleAndNoRowAllowsMoreThanTheCode() {
    AuthorisationMatrix matrix = AuthorisationMatrix.load();
    assertThat(matrix.roles()).containsExactlyInAnyOrderElementsOf(Roles.ALL);
    Map<String, AuthorisationMatrix.Entry> rows =
        matrix.entries().stream()
            .collect(Collectors.toMap(AuthorisationMatrix.Entry::endpoint, entry -> entry));
    Map<String, RoleCheckFeature.Access> endpoints = endpoints();

    assertThat(rows.keySet())
        .as("rows of authorisation-matrix.csv against the REST methods in the code")
        .containsExactlyInAnyOrderElementsOf(endpoints.keySet());
    endpoints.forEach(
        (endpoint, access) ->
            rows.get(endpoint)
                .allowed()
                .forEach(
                    (role, allowed) -> {
                      if (allowed) {
                        assertThat(access.roles())
                            .as(endpoint + ": the matrix allows " + role + ", the code does not")
                            .contains(role);
                      }
                    }));
  }

  static Map<String, RoleCheckFeature.Access> endpoints() {
    Map<String, RoleCheckFeature.Access> endpoints = new TreeMap<>();
    for (Class<?> resource : RestResources.all()) {
      String base = trim(resource.getAnnotation(Path.class).value());
      for (Method method : resource.getMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? base : base + "/" + trim(sub.value());
        endpoints.put(verb + " " + path, RoleCheckFeature.Access.of(method, resource));
      }
    }
    assertThat(endpoints).as("REST methods found").hasSizeGreaterThan(10);
    return endpoints;
  }

  private static String verb(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String trim(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
