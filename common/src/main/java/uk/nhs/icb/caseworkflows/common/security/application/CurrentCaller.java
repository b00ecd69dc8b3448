package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * The person behind the current request, as the audit trail and the task list need them. Outside a
 * request (process-engine jobs, start-up) there is nobody signed in and the caller is the system.
 */
@ApplicationScoped
public class CurrentCaller {

  private final SecurityContext securityContext;

  @Inject
  public CurrentCaller(SecurityContext securityContext) {
    this.securityContext = securityContext;
  }

  protected CurrentCaller() {
    this(null);
  }

  public Caller get() {
    Principal principal = principal();
    if (principal == null) {
      return Caller.SYSTEM;
    }
    Set<String> roles = new LinkedHashSet<>();
    for (String role : Roles.ALL) {
      if (securityContext.isCallerInRole(role)) {
        roles.add(role);
      }
    }
    return new Caller(principal.getName(), roles);
  }

  private Principal principal() {
    try {
      return securityContext.getCallerPrincipal();
    } catch (RuntimeException noRequest) {
      // Job-executor and start-up threads have no security context to ask.
      return null;
    }
  }
}
