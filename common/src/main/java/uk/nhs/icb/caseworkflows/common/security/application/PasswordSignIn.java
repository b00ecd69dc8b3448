package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.security.domain.StaffPasswords;
import uk.nhs.icb.caseworkflows.common.security.domain.StoredPassword;
import uk.nhs.icb.caseworkflows.common.security.domain.VerifiedCredentials;

/**
 * Sign-in with a built-in account's user name and password, for the form and for HTTP Basic alike.
 * In this order:
 *
 * <ol>
 *   <li>credentials that matched the same stored hash within {@code
 *       app.security.sign-in.verified-lifetime} (default PT5M) are accepted without hashing and
 *       without the throttle: knowing the password is not guessing it;
 *   <li>a name with too many recent failures from this source is refused unchecked;
 *   <li>the password is hashed, on {@link PasswordHashing}'s bounded threads, against the stored
 *       hash, or against the dummy hash when the name has no enabled account, so that both refusals
 *       cost the same;
 *   <li>a failure counts against the name from this source, and towards this source's tally.
 * </ol>
 */
@ApplicationScoped
public class PasswordSignIn {

  private final StaffPasswords passwords;
  private final PasswordHashing hashing;
  private final SignInThrottle throttle;
  private final SignInFailureTally tally;
  private final VerifiedCredentials verified;
  private final Clock clock;

  @Inject
  public PasswordSignIn(
      StaffPasswords passwords,
      PasswordHashing hashing,
      SignInThrottle throttle,
      SignInFailureTally tally,
      Clock clock,
      @ConfigProperty(name = "app.security.sign-in.verified-lifetime", defaultValue = "PT5M")
          String verifiedLifetime) {
    this.passwords = passwords;
    this.hashing = hashing;
    this.throttle = throttle;
    this.tally = tally;
    this.clock = clock;
    this.verified = VerifiedCredentials.withRandomKey(Duration.parse(verifiedLifetime), 10_000);
  }

  protected PasswordSignIn() {
    this.passwords = null;
    this.hashing = null;
    this.throttle = null;
    this.tally = null;
    this.clock = null;
    this.verified = null;
  }

  /** Checks the credentials sent from {@code source} (the client's address). */
  public SignInOutcome attempt(String userName, char[] password, String source) {
    String name = userName.trim();
    Optional<StoredPassword> account = passwords.find(name);
    String storedHash = account.map(StoredPassword::hash).orElse(hashing.dummyHash());
    if (verified.recentlyVerified(name, password, storedHash, clock.instant())
        && account.isPresent()) {
      return SignInOutcome.accepted(name, account.get().groups());
    }
    if (throttle.refuses(name, source)) {
      tally.count(source);
      return SignInOutcome.throttled(name, throttle.retryAfter(name, source));
    }
    boolean matches;
    try {
      matches = hashing.matches(password, storedHash);
    } catch (PasswordHashing.Busy busy) {
      return SignInOutcome.busy(name);
    }
    if (matches && account.isPresent()) {
      verified.remember(name, password, storedHash, clock.instant());
      return SignInOutcome.accepted(name, account.get().groups());
    }
    throttle.recordFailure(name, source);
    tally.count(source);
    return SignInOutcome.refused(name);
  }
}
