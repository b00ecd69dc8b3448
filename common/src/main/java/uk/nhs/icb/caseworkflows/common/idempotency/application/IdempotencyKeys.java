package uk.nhs.icb.caseworkflows.common.idempotency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.idempotency.domain.IdempotentRequest;
import uk.nhs.icb.caseworkflows.common.idempotency.domain.IdempotentRequest.Verdict;
import uk.nhs.icb.caseworkflows.common.idempotency.domain.RequestFingerprint;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/** The keys callers have used, in the shared database so that every node sees them. */
@ApplicationScoped
public class IdempotencyKeys {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final IdempotencySettings settings;
  private final Clock clock;

  @Inject
  public IdempotencyKeys(IdempotencySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  protected IdempotencyKeys() {
    this(null, null);
  }

  /**
   * Presents a key, committed at once. Two requests presenting a new key at the same moment both
   * try to insert it; the loser's transaction fails on the primary key and it asks again (the
   * caller retries), then sees the winner's claim.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Claim claim(String caller, String key, RequestFingerprint fingerprint) {
    String id = RequestFingerprint.keyId(caller, key);
    String attempt = UUID.randomUUID().toString();
    Instant now = clock.instant();
    IdempotentRequest known =
        entityManager.find(IdempotentRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (known == null) {
      entityManager.persist(IdempotentRequest.claim(caller, key, fingerprint, attempt, now));
      entityManager.flush();
      return new Claim(Verdict.PROCEED, id, attempt, null);
    }
    Verdict verdict =
        known.consider(fingerprint, attempt, now, settings.inFlightTimeout(), settings.retention());
    StoredResponse replay =
        verdict == Verdict.REPLAY
            ? new StoredResponse(
                known.responseStatus(),
                known.responseType().orElse(null),
                known.responseLocation().orElse(null),
                known.responseBody().orElse(null))
            : null;
    return new Claim(verdict, id, verdict == Verdict.PROCEED ? attempt : null, replay);
  }

  /**
   * Stores the answer in the action's own transaction: it commits with the action or not at all. If
   * the claim lapsed and another attempt took it over, this attempt must not commit.
   */
  @Transactional(TxType.MANDATORY)
  public void complete(String keyId, String attempt, StoredResponse response) {
    IdempotentRequest request =
        entityManager.find(IdempotentRequest.class, keyId, LockModeType.PESSIMISTIC_WRITE);
    if (request == null
        || !request.complete(
            attempt,
            response.status(),
            response.contentType(),
            response.location(),
            response.body())) {
      throw new ConflictProblem(
          "This request took too long and was retried meanwhile; check the case before trying again.");
    }
  }

  /** Frees a claim whose action failed or rolled back, so that a retry can run it. */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(String keyId, String attempt) {
    IdempotentRequest request =
        entityManager.find(IdempotentRequest.class, keyId, LockModeType.PESSIMISTIC_WRITE);
    if (request != null && request.heldBy(attempt)) {
      entityManager.remove(request);
    }
  }

  /** Forgets answers and lapsed claims older than both the retention and the in-flight timeout. */
  @Transactional(TxType.REQUIRES_NEW)
  public int purgeExpired() {
    Duration keep = max(settings.retention(), settings.inFlightTimeout());
    return entityManager
        .createQuery("delete from IdempotentRequest r where r.claimedAt < :cutoff")
        .setParameter("cutoff", clock.instant().minus(keep))
        .executeUpdate();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
