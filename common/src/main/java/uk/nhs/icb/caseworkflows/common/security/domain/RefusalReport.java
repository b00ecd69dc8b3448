package uk.nhs.icb.caseworkflows.common.security.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The refused sign-ins of one period on one node: how many from each source (a network address, or
 * {@link RefusalTally#OTHERS}), most refused first. What the information-governance team reads to
 * see a guessing attack or a broken integration; never a user name, a password or a token.
 */
public record RefusalReport(Instant from, Instant to, Map<String, Long> bySource) {

  public RefusalReport {
    bySource = Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
  }

  public long total() {
    return bySource.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean isEmpty() {
    return bySource.isEmpty();
  }
}
