package uk.nhs.icb.caseworkflows.common.security.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * Which of the nine roles a person or service holds, from the group or role values their identity
 * provider puts in a token: for each role, the values that give it (an Entra ID group's object id,
 * a Keycloak group or realm role name ...). A role with no values configured is given by a value
 * equal to its own name. Values that map to nothing are ignored; a caller left with no role has no
 * access. {@link Roles#ANY_CASE_WORKER} is derived as the database identity store derives it.
 */
public final class RoleMapping {

  private final Map<String, Set<String>> rolesOfValue = new HashMap<>();

  /**
   * @param valuesOfRole for some of {@link Roles#ALL}, the claim values that give the role; a name
   *     that is not a role is refused, so that a typing error cannot silently grant nothing
   */
  public RoleMapping(Map<String, ? extends Collection<String>> valuesOfRole) {
    for (String role : valuesOfRole.keySet()) {
      if (!Roles.ALL.contains(role)) {
        throw new IllegalArgumentException("'" + role + "' is not a role of this application");
      }
    }
    for (String role : Roles.ALL) {
      Collection<String> values = valuesOfRole.get(role);
      for (String value : values == null || values.isEmpty() ? Set.of(role) : values) {
        rolesOfValue.computeIfAbsent(value.trim(), any -> new LinkedHashSet<>()).add(role);
      }
    }
  }

  /** The roles the claim values give, with {@code case-worker} where one of them works cases. */
  public Set<String> rolesFor(Collection<String> claimValues) {
    Set<String> roles = new LinkedHashSet<>();
    for (String value : claimValues) {
      roles.addAll(rolesOfValue.getOrDefault(value, Set.of()));
    }
    if (roles.stream().anyMatch(Roles.CASE_WORKERS::contains)) {
      roles.add(Roles.ANY_CASE_WORKER);
    }
    return roles;
  }
}
