package uk.nhs.icb.caseworkflows.common.security.application;

import java.util.Set;

/**
 * How a token from the identity provider was judged. {@code reason} says why a token was refused,
 * for the caller and the log; it never contains the token.
 */
public record TokenOutcome(Result result, String name, Set<String> roles, String reason) {

  public enum Result {
    /** Signature, issuer, audience and expiry good, and at least one role mapped. */
    ACCEPTED,
    /** Malformed, unsigned, wrongly signed, expired, for someone else, or a nonce mismatch. */
    REFUSED,
    /** A good token whose groups or roles give none of this application's roles. */
    NO_ROLE,
    /** The provider's keys could not be fetched: neither accepted nor the caller's fault. */
    PROVIDER_DOWN
  }

  public TokenOutcome {
    roles = Set.copyOf(roles);
  }

  static TokenOutcome accepted(String name, Set<String> roles) {
    return new TokenOutcome(Result.ACCEPTED, name, roles, "");
  }

  static TokenOutcome refused(String reason) {
    return new TokenOutcome(Result.REFUSED, null, Set.of(), reason);
  }

  static TokenOutcome noRole(String name) {
    return new TokenOutcome(Result.NO_ROLE, name, Set.of(), "no role of this application");
  }

  static TokenOutcome providerDown() {
    return new TokenOutcome(
        Result.PROVIDER_DOWN, null, Set.of(), "the identity provider cannot be reached");
  }
}
