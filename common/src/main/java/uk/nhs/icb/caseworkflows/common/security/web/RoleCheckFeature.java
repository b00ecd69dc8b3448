package uk.nhs.icb.caseworkflows.common.security.web;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.nhs.icb.caseworkflows.common.errors.Problem;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * Deny by default: a REST method is open only to the roles its {@code @RolesAllowed} names (on the
 * method, else on the class; {@link Roles#ANY_CASE_WORKER} stands for every role that works cases);
 * with no annotation at all, or {@code @DenyAll}, nobody may call it. {@code @PermitAll} must be
 * written out to let anonymous callers in. An anonymous caller gets 401 with a Basic challenge, a
 * caller without the role 403.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Access access = Access.of(resource.getResourceMethod(), resource.getResourceClass());
    if (!access.permitAll()) {
      context.register(new RoleCheck(access.roles()), Priorities.AUTHORIZATION);
    }
  }

  /** Which roles a method allows; an empty set with {@code permitAll} false means nobody. */
  public record Access(boolean permitAll, Set<String> roles) {

    public static Access of(Method method, Class<?> resourceClass) {
      return declared(method).or(() -> declared(resourceClass)).orElse(new Access(false, Set.of()));
    }

    private static Optional<Access> declared(AnnotatedElement element) {
      if (element.isAnnotationPresent(DenyAll.class)) {
        return Optional.of(new Access(false, Set.of()));
      }
      if (element.isAnnotationPresent(PermitAll.class)) {
        return Optional.of(new Access(true, Set.of()));
      }
      RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
      if (allowed != null) {
        return Optional.of(
            new Access(
                false,
                Arrays.stream(allowed.value())
                    .flatMap(
                        role ->
                            role.equals(Roles.ANY_CASE_WORKER)
                                ? Roles.CASE_WORKERS.stream()
                                : Stream.of(role))
                    .collect(Collectors.toUnmodifiableSet())));
      }
      return Optional.empty();
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class RoleCheck implements ContainerRequestFilter {

    private final Set<String> roles;

    RoleCheck(Set<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      SecurityContext security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        // The Basic challenge header is added by StaffAuthenticationMechanism.
        request.abortWith(
            Problem.of(401, "Unauthorized", "Sign in to use this service.").toResponse());
        return;
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        request.abortWith(
            Problem.of(403, "Forbidden", "Your role does not allow this.").toResponse());
      }
    }
  }
}
