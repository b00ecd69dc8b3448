package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks passwords against their PBKDF2 hashes on a bounded number of threads at once: {@code
 * app.security.hashing.threads} (default: half the processors, at least one). A flood of sign-ins
 * with wrong passwords then takes at most that share of the CPU, and the rest of the application
 * keeps answering; a check that cannot start within {@code app.security.hashing.max-wait} (default
 * PT10S) is given up as {@link Busy}. A permit rather than a thread pool of its own: the request
 * thread does the hashing itself, so nothing is handed between threads and no container thread is
 * made outside Payara's pools.
 *
 * <p>Also holds the dummy hash: made with the same policy as every stored one when the node starts,
 * from a random password nobody knows, so that refusing a name that does not exist costs the same
 * hashing as refusing a wrong password.
 */
@ApplicationScoped
public class PasswordHashing {

  private final Pbkdf2PasswordHash hash;
  private final Semaphore permits;
  private final long maxWaitNanos;
  private final String dummyHash;
  private final AtomicLong computed = new AtomicLong();

  @Inject
  public PasswordHashing(
      Pbkdf2PasswordHash hash,
      @ConfigProperty(name = "app.security.hashing.threads", defaultValue = "0") int threads,
      @ConfigProperty(name = "app.security.hashing.max-wait", defaultValue = "PT10S")
          String maxWait) {
    this.hash = hash;
    int bound = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    this.permits = new Semaphore(bound, true);
    this.maxWaitNanos = Duration.parse(maxWait).toNanos();
    hash.initialize(PasswordPolicy.asParameters());
    byte[] unknowable = new byte[32];
    new SecureRandom().nextBytes(unknowable);
    this.dummyHash = hash.generate(Base64.getEncoder().encodeToString(unknowable).toCharArray());
  }

  protected PasswordHashing() {
    this.hash = null;
    this.permits = null;
    this.maxWaitNanos = 0;
    this.dummyHash = null;
  }

  /** Whether the password matches the stored hash; {@link Busy} when no thread came free. */
  public boolean matches(char[] password, String storedHash) throws Busy {
    try {
      if (!permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    try {
      computed.incrementAndGet();
      return hash.verify(password, storedHash);
    } finally {
      permits.release();
    }
  }

  /** A hash of the policy's cost that no password is known to match. */
  public String dummyHash() {
    return dummyHash;
  }

  /** How many hashes this node has computed to check a password, for tests and benchmarks. */
  public long computed() {
    return computed.get();
  }

  /** Every hashing thread stayed busy for longer than the configured wait. */
  public static final class Busy extends Exception {
    private static final long serialVersionUID = 1L;

    public Busy() {
      super("every password-hashing thread is busy", null, false, false);
    }
  }
}
