package uk.nhs.icb.caseworkflows.common.security.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Refused sign-ins (wrong passwords, throttled names, refused tokens) counted per source since the
 * last report. Counted rather than each written to the audit trail, because the trail is a hash
 * chain with one head: a flood of refusals must not queue every real action behind it. At most
 * {@code maxSources} sources are told apart; the rest are counted together as {@value #OTHERS}.
 */
public final class RefusalTally {

  public static final String OTHERS = "other sources";

  private final int maxSources;
  private volatile Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  public RefusalTally(int maxSources) {
    this.maxSources = maxSources;
  }

  public void count(String source) {
    Map<String, LongAdder> current = counts;
    String key = current.size() < maxSources || current.containsKey(source) ? source : OTHERS;
    current.computeIfAbsent(key, any -> new LongAdder()).increment();
  }

  /** The counts since the last call, most refused first, and a fresh tally from now. */
  public Map<String, Long> takeReport() {
    Map<String, LongAdder> taken = counts;
    counts = new ConcurrentHashMap<>();
    return sorted(taken);
  }

  /** The counts so far, most refused first, without starting afresh. */
  public Map<String, Long> soFar() {
    return sorted(counts);
  }

  private static Map<String, Long> sorted(Map<String, LongAdder> taken) {
    Map<String, Long> report = new LinkedHashMap<>();
    taken.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum())
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> report.put(e.getKey(), e.getValue().sum()));
    return report;
  }
}
