package uk.nhs.icb.caseworkflows.common.security.domain;

import java.util.Set;

/**
 * What sign-in needs of an enabled staff account: its stored PBKDF2 hash (algorithm, iterations,
 * salt and hash in one string) and the groups it holds, {@code case-worker} included where it
 * applies.
 */
public record StoredPassword(String hash, Set<String> groups) {

  public StoredPassword {
    groups = Set.copyOf(groups);
  }
}
