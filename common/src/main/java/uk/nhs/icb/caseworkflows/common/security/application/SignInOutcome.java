package uk.nhs.icb.caseworkflows.common.security.application;

import java.time.Duration;
import java.util.Set;

/** How a sign-in with a user name and password ended, and what the caller is told. */
public record SignInOutcome(
    Result result, String userName, Set<String> groups, Duration retryAfter) {

  public enum Result {
    /** The password is right: sign the caller in with these groups. */
    ACCEPTED,
    /** Wrong password, unknown name or disabled account: one answer for all three. */
    REFUSED,
    /** Too many recent failures for this name from this source: refused unchecked. */
    THROTTLED,
    /** Every hashing thread stayed busy: try again shortly. */
    BUSY
  }

  public SignInOutcome {
    groups = Set.copyOf(groups);
  }

  static SignInOutcome accepted(String userName, Set<String> groups) {
    return new SignInOutcome(Result.ACCEPTED, userName, groups, Duration.ZERO);
  }

  static SignInOutcome refused(String userName) {
    return new SignInOutcome(Result.REFUSED, userName, Set.of(), Duration.ZERO);
  }

  static SignInOutcome throttled(String userName, Duration retryAfter) {
    return new SignInOutcome(Result.THROTTLED, userName, Set.of(), retryAfter);
  }

  static SignInOutcome busy(String userName) {
    return new SignInOutcome(Result.BUSY, userName, Set.of(), Duration.ofSeconds(5));
  }

  public boolean accepted() {
    return result == Result.ACCEPTED;
  }
}
