package uk.nhs.icb.caseworkflows.common.security.application;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.security.domain.RoleMapping;

/**
 * What a token from the provider must be to be accepted: signed with one of {@code algorithms} by a
 * key of the provider's key set, issued by {@code issuer} for {@code audience}, not expired; and
 * what it gives: the caller's name from {@code userClaim} (the subject when absent) and roles from
 * the values of {@code roleClaims} (each a claim name, or a dotted path such as {@code
 * realm_access.roles}) through {@code roles}.
 */
public record TokenRules(
    String issuer,
    String audience,
    List<String> algorithms,
    List<String> roleClaims,
    String userClaim,
    RoleMapping roles) {

  public TokenRules {
    algorithms = List.copyOf(algorithms);
    roleClaims = List.copyOf(roleClaims);
  }

  /** The same rules for a different audience: an ID token is for the client id. */
  TokenRules forAudience(String otherAudience) {
    return new TokenRules(issuer, otherAudience, algorithms, roleClaims, userClaim, roles);
  }
}
