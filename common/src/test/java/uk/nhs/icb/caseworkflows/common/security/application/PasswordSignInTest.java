package uk.nhs.icb.caseworkflows.common.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.application.SignInOutcome.Result;
import uk.nhs.icb.caseworkflows.common.security.domain.StaffPasswords;
import uk.nhs.icb.caseworkflows.common.security.domain.StoredPassword;

/**
 * Sign-in with built-in accounts, with the hashing counted: what PBKDF2 would spend is the number
 * of hashes, so the tests count them instead of timing anything.
 */
class PasswordSignInTest {

  private static final String OWNER_PC = "192.0.2.10";
  private static final String STRANGER = "203.0.113.66";
  private static final Set<String> HANDLER_GROUPS = Set.of("complaints-handler", "case-worker");

  private final CountingHash hash = new CountingHash();
  private final Map<String, StoredPassword> accounts = new HashMap<>();
  private final StaffPasswords passwords = name -> Optional.ofNullable(accounts.get(name));
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
  private final SignInFailureTally tally = new SignInFailureTally();
  private final PasswordHashing hashing = new PasswordHashing(hash, 1, "PT0.2S");
  private final PasswordSignIn signIn =
      new PasswordSignIn(
          passwords, hashing, new SignInThrottle(clock, 5, "PT15M"), tally, clock, "PT5M");
  private ExecutorService others;

  PasswordSignInTest() {
    accounts.put("complaints-handler", new StoredPassword(hash.stored("demo"), HANDLER_GROUPS));
  }

  @AfterEach
  void stopOthers() {
    if (others != null) {
      others.shutdownNow();
    }
  }

  @Test
  void theRightPasswordSignsInWithTheAccountsGroups() {
    SignInOutcome outcome = signIn.attempt(" complaints-handler ", pw("demo"), OWNER_PC);

    assertThat(outcome.result()).isEqualTo(Result.ACCEPTED);
    assertThat(outcome.userName()).isEqualTo("complaints-handler");
    assertThat(outcome.groups()).isEqualTo(HANDLER_GROUPS);
  }

  @Test
  void anUnknownNameIsCheckedAgainstTheDummyHashWithTheSameWorkAsAWrongPassword() {
    signIn.attempt("complaints-handler", pw("wrong"), OWNER_PC);
    long forAKnownName = hashing.computed();

    SignInOutcome unknown = signIn.attempt("nobody-by-this-name", pw("wrong"), OWNER_PC);

    assertThat(unknown.result()).isEqualTo(Result.REFUSED);
    assertThat(forAKnownName).isEqualTo(1);
    assertThat(hashing.computed() - forAKnownName).as("hashes for an unknown name").isEqualTo(1);
    assertThat(hash.verifiedAgainst).last().isEqualTo(hashing.dummyHash());
    assertThat(hash.parametersOf(hashing.dummyHash()))
        .as("the dummy is made with the policy every stored hash is")
        .isEqualTo(PasswordPolicy.asParameters());
  }

  @Test
  void anUnknownNamesRefusalReadsTheSameAsAWrongPasswords() {
    SignInOutcome wrongPassword = signIn.attempt("complaints-handler", pw("x"), OWNER_PC);
    SignInOutcome unknownName = signIn.attempt("nobody", pw("x"), OWNER_PC);

    assertThat(unknownName.result()).isEqualTo(wrongPassword.result());
    assertThat(unknownName.groups()).isEqualTo(wrongPassword.groups()).isEmpty();
  }

  @Test
  void evenTheDummyHashsOwnPasswordCannotSignInAsANameThatDoesNotExist() {
    hash.acceptEverything = true;

    assertThat(signIn.attempt("nobody", pw("anything"), OWNER_PC).result())
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void credentialsVerifiedRecentlyAreNotHashedAgain() {
    for (int i = 0; i < 50; i++) {
      assertThat(signIn.attempt("complaints-handler", pw("demo"), OWNER_PC).accepted()).isTrue();
    }

    assertThat(hashing.computed()).isEqualTo(1);
  }

  @Test
  void aWrongPasswordIsNeverAnsweredFromTheCache() {
    signIn.attempt("complaints-handler", pw("demo"), OWNER_PC);

    assertThat(signIn.attempt("complaints-handler", pw("demo2"), OWNER_PC).result())
        .isEqualTo(Result.REFUSED);
    assertThat(hashing.computed()).isEqualTo(2);
  }

  @Test
  void aChangedPasswordMissesTheCache() {
    signIn.attempt("complaints-handler", pw("demo"), OWNER_PC);

    accounts.put("complaints-handler", new StoredPassword(hash.stored("new"), HANDLER_GROUPS));

    assertThat(signIn.attempt("complaints-handler", pw("demo"), OWNER_PC).result())
        .as("the old password, verified a moment ago")
        .isEqualTo(Result.REFUSED);
    assertThat(signIn.attempt("complaints-handler", pw("new"), OWNER_PC).accepted()).isTrue();
    assertThat(hashing.computed()).isEqualTo(3);
  }

  @Test
  void theSamePasswordSetAgainWithANewSaltIsHashedAgain() {
    signIn.attempt("complaints-handler", pw("demo"), OWNER_PC);

    accounts.put("complaints-handler", new StoredPassword(hash.stored("demo"), HANDLER_GROUPS));

    assertThat(signIn.attempt("complaints-handler", pw("demo"), OWNER_PC).accepted()).isTrue();
    assertThat(hashing.computed()).isEqualTo(2);
  }

  @Test
  void aDisabledAccountMissesTheCacheAtOnce() {
    signIn.attempt("complaints-handler", pw("demo"), OWNER_PC);

    accounts.remove("complaints-handler");

    assertThat(signIn.attempt("complaints-handler", pw("demo"), OWNER_PC).result())
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void aStrangersFailuresDoNotLockTheOwnerOut() {
    for (int i = 0; i < 20; i++) {
      signIn.attempt("complaints-handler", pw("guess" + i), STRANGER);
    }

    assertThat(signIn.attempt("complaints-handler", pw("guess"), STRANGER).result())
        .isEqualTo(Result.THROTTLED);
    assertThat(signIn.attempt("complaints-handler", pw("demo"), OWNER_PC).result())
        .as("the owner, from their own computer")
        .isEqualTo(Result.ACCEPTED);
  }

  @Test
  void aThrottledNameIsRefusedWithoutHashingAndToldWhenToTryAgain() {
    for (int i = 0; i < 5; i++) {
      signIn.attempt("complaints-handler", pw("guess" + i), STRANGER);
    }
    long hashes = hashing.computed();

    SignInOutcome refused = signIn.attempt("complaints-handler", pw("demo"), STRANGER);

    assertThat(refused.result()).as("even the right password").isEqualTo(Result.THROTTLED);
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(hashing.computed()).isEqualTo(hashes);
  }

  @Test
  void aCallerWhoseCredentialsWereVerifiedRecentlyIsNotThrottled() {
    signIn.attempt("complaints-handler", pw("demo"), OWNER_PC);
    for (int i = 0; i < 5; i++) {
      // Somebody else behind the same address guessing at the same name.
      signIn.attempt("complaints-handler", pw("guess" + i), OWNER_PC);
    }

    assertThat(signIn.attempt("complaints-handler", pw("guess"), OWNER_PC).result())
        .isEqualTo(Result.THROTTLED);
    assertThat(signIn.attempt("complaints-handler", pw("demo"), OWNER_PC).result())
        .isEqualTo(Result.ACCEPTED);
  }

  @Test
  void failuresAreTalliedPerSource() {
    for (int i = 0; i < 7; i++) {
      signIn.attempt("complaints-handler", pw("guess"), STRANGER);
    }
    signIn.attempt("nobody", pw("guess"), OWNER_PC);
    signIn.attempt("complaints-handler", pw("demo"), OWNER_PC);

    assertThat(tally.report()).containsExactly(Map.entry(STRANGER, 7L), Map.entry(OWNER_PC, 1L));
    assertThat(tally.report()).as("counted afresh after each report").isEmpty();
  }

  @Test
  void noMoreHashesRunAtOnceThanTheBoundAndAWaitTooLongIsBusyNotAnError() throws Exception {
    hash.hold = new CountDownLatch(1);
    others = Executors.newSingleThreadExecutor();
    Future<SignInOutcome> first =
        others.submit(() -> signIn.attempt("complaints-handler", pw("demo"), OWNER_PC));
    assertThat(hash.started.await(5, TimeUnit.SECONDS)).isTrue();

    SignInOutcome second = signIn.attempt("complaints-handler", pw("demo"), "192.0.2.11");

    assertThat(second.result()).isEqualTo(Result.BUSY);
    assertThat(second.retryAfter()).isPositive();
    hash.hold.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS).accepted()).isTrue();
    assertThat(hash.mostAtOnce).isEqualTo(1);
  }

  private static char[] pw(String password) {
    return password.toCharArray();
  }

  /**
   * A stand-in for PBKDF2 that counts its work: {@code generate} makes "salt:password" with a new
   * salt each time, {@code verify} compares and counts.
   */
  static final class CountingHash implements Pbkdf2PasswordHash {

    final List<String> verifiedAgainst = new ArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    volatile CountDownLatch hold;
    volatile boolean acceptEverything;
    private final Map<String, Map<String, String>> parametersOfGenerated = new HashMap<>();
    private Map<String, String> parameters = Map.of();
    private int salt;
    private int running;
    int mostAtOnce;

    @Override
    public void initialize(Map<String, String> parameters) {
      this.parameters = Map.copyOf(parameters);
    }

    @Override
    public synchronized String generate(char[] password) {
      String stored = "salt" + (++salt) + ":" + new String(password);
      parametersOfGenerated.put(stored, parameters);
      return stored;
    }

    String stored(String password) {
      return generate(password.toCharArray());
    }

    Map<String, String> parametersOf(String stored) {
      return parametersOfGenerated.get(stored);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      synchronized (this) {
        verifiedAgainst.add(hashedPassword);
        mostAtOnce = Math.max(mostAtOnce, ++running);
      }
      try {
        started.countDown();
        CountDownLatch wait = hold;
        if (wait != null) {
          wait.await(5, TimeUnit.SECONDS);
        }
        return acceptEverything
            || hashedPassword
                .substring(hashedPassword.indexOf(':') + 1)
                .equals(new String(password));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      } finally {
        synchronized (this) {
          running--;
        }
      }
    }
  }
}
