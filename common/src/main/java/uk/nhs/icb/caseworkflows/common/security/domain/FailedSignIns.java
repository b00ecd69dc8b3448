package uk.nhs.icb.caseworkflows.common.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent failed sign-ins per user name and source (the address the attempts come from), so that
 * guessing a password is slow: after {@code maxFailures} failures within {@code window}, that name
 * is refused from that source without its password being checked until the oldest failure leaves
 * the window. Counting per source as well as per name means a stranger's guesses lock only the
 * stranger out, never the name's owner signing in from elsewhere. Success does not wipe the count,
 * so a guesser gains nothing from a colleague's good sign-in in between. Names are compared without
 * case. The table forgets entries whose failures have all left the window when it grows large, so
 * made-up names cannot fill the memory.
 */
public final class FailedSignIns {

  private static final int FORGET_ABOVE = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public FailedSignIns(int maxFailures, Duration window) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a throttle needs at least one failure and a window");
    }
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Whether a sign-in as this name from this source must be refused now, unchecked. */
  public boolean refuses(String userName, String source, Instant now) {
    Deque<Instant> recent = failures.get(key(userName, source));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      forgetOld(recent, now);
      return recent.size() >= maxFailures;
    }
  }

  public void recordFailure(String userName, String source, Instant now) {
    if (failures.size() > FORGET_ABOVE) {
      failures.values().removeIf(recent -> lapsed(recent, now));
    }
    Deque<Instant> recent =
        failures.computeIfAbsent(key(userName, source), name -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent, now);
      recent.addLast(now);
      while (recent.size() > maxFailures) {
        recent.removeFirst();
      }
    }
  }

  /**
   * When the name may try again from this source: when its oldest counted failure leaves the
   * window.
   */
  public Duration retryAfter(String userName, String source, Instant now) {
    Deque<Instant> recent = failures.get(key(userName, source));
    if (recent == null) {
      return Duration.ZERO;
    }
    synchronized (recent) {
      forgetOld(recent, now);
      if (recent.size() < maxFailures) {
        return Duration.ZERO;
      }
      Duration wait = Duration.between(now, recent.peekFirst().plus(window));
      return wait.isNegative() ? Duration.ZERO : wait;
    }
  }

  private boolean lapsed(Deque<Instant> recent, Instant now) {
    synchronized (recent) {
      forgetOld(recent, now);
      return recent.isEmpty();
    }
  }

  private void forgetOld(Deque<Instant> recent, Instant now) {
    Instant cutoff = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.removeFirst();
    }
  }

  private static String key(String userName, String source) {
    return userName.trim().toLowerCase(Locale.ROOT) + '\n' + source;
  }
}
