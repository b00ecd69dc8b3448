package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.security.domain.FailedSignIns;

/**
 * The sign-in throttle of this node, for the form and for Basic alike: {@code
 * app.security.sign-in.max-failures} (default 5) failures per user name and source address within
 * {@code app.security.sign-in.window} (default PT15M). Per source, so that nobody can lock a
 * colleague out by typing wrong passwords for their name. Kept in memory: each node of a cluster
 * counts its own, which still bounds guessing to a handful per node, source and window.
 */
@ApplicationScoped
public class SignInThrottle {

  private final Clock clock;
  private final FailedSignIns failures;

  @Inject
  public SignInThrottle(
      Clock clock,
      @ConfigProperty(name = "app.security.sign-in.max-failures", defaultValue = "5")
          int maxFailures,
      @ConfigProperty(name = "app.security.sign-in.window", defaultValue = "PT15M") String window) {
    this.clock = clock;
    this.failures = new FailedSignIns(maxFailures, Duration.parse(window));
  }

  protected SignInThrottle() {
    this.clock = null;
    this.failures = null;
  }

  public boolean refuses(String userName, String source) {
    return failures.refuses(userName, source, clock.instant());
  }

  public void recordFailure(String userName, String source) {
    failures.recordFailure(userName, source, clock.instant());
  }

  public Duration retryAfter(String userName, String source) {
    return failures.retryAfter(userName, source, clock.instant());
  }
}
