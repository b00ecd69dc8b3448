package uk.nhs.icb.caseworkflows.common.security;

import java.util.Set;

/** Who is acting: a signed-in member of staff with their roles, or the system itself. */
public record Caller(String name, Set<String> roles) {

  public static final Caller SYSTEM = new Caller("system", Set.of());

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasAnyRole(Set<String> wanted) {
    return roles.stream().anyMatch(wanted::contains);
  }

  /** The roles as one stable, sorted string, as the audit trail records them. */
  public String rolesAsText() {
    return String.join(",", roles.stream().sorted().toList());
  }
}
