package uk.nhs.icb.caseworkflows.common.idempotency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One caller's use of one {@code Idempotency-Key}. It is <b>claimed</b> (in flight) in a short
 * transaction of its own before the action runs, with a fresh attempt token; it becomes
 * <b>done</b>, with the answer, in the action's transaction, and only if that attempt still holds
 * the claim. An action that fails or rolls back releases the claim. A claim left by a server that
 * died mid-action lapses after the in-flight timeout and can be taken over; the attempt token then
 * stops the first attempt from completing, should it still be running.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotentRequest {

  /** What a repeated request should get. */
  public enum Verdict {
    PROCEED,
    REPLAY,
    IN_FLIGHT,
    DIFFERENT_REQUEST
  }

  enum State {
    IN_FLIGHT,
    DONE
  }

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "caller", nullable = false, length = 255)
  private String caller;

  @Column(name = "fingerprint", nullable = false, length = 64)
  private String fingerprint;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private State state;

  @Column(name = "attempt", nullable = false, length = 36)
  private String attempt;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  @Column(name = "response_status")
  private Integer responseStatus;

  @Column(name = "response_type", length = 100)
  private String responseType;

  @Column(name = "response_location", length = 2000)
  private String responseLocation;

  @Lob
  @Column(name = "response_body")
  private String responseBody;

  protected IdempotentRequest() {}

  public static IdempotentRequest claim(
      String caller, String key, RequestFingerprint fingerprint, String attempt, Instant now) {
    IdempotentRequest request = new IdempotentRequest();
    request.id = RequestFingerprint.keyId(caller, key);
    request.caller = caller;
    request.fingerprint = fingerprint.value();
    request.state = State.IN_FLIGHT;
    request.attempt = attempt;
    request.claimedAt = now;
    return request;
  }

  /**
   * What a new request with this key gets. A done key past its retention, or a claim past the
   * in-flight timeout, is free again and is taken over by this attempt.
   */
  public Verdict consider(
      RequestFingerprint other,
      String newAttempt,
      Instant now,
      Duration inFlightTimeout,
      Duration retention) {
    boolean expired =
        state == State.DONE
            ? claimedAt.plus(retention).isBefore(now)
            : claimedAt.plus(inFlightTimeout).isBefore(now);
    if (expired) {
      fingerprint = other.value();
      state = State.IN_FLIGHT;
      attempt = newAttempt;
      claimedAt = now;
      responseStatus = null;
      responseType = null;
      responseLocation = null;
      responseBody = null;
      return Verdict.PROCEED;
    }
    if (!fingerprint.equals(other.value())) {
      return Verdict.DIFFERENT_REQUEST;
    }
    return state == State.DONE ? Verdict.REPLAY : Verdict.IN_FLIGHT;
  }

  /** Records the answer; false if another attempt has taken the claim over meanwhile. */
  public boolean complete(
      String byAttempt, int status, String contentType, String location, String body) {
    if (state != State.IN_FLIGHT || !attempt.equals(byAttempt)) {
      return false;
    }
    state = State.DONE;
    responseStatus = status;
    responseType = contentType;
    responseLocation = location;
    responseBody = body;
    return true;
  }

  public boolean heldBy(String byAttempt) {
    return state == State.IN_FLIGHT && attempt.equals(byAttempt);
  }

  public String id() {
    return id;
  }

  public int responseStatus() {
    return responseStatus;
  }

  public Optional<String> responseType() {
    return Optional.ofNullable(responseType);
  }

  public Optional<String> responseLocation() {
    return Optional.ofNullable(responseLocation);
  }

  public Optional<String> responseBody() {
    return Optional.ofNullable(responseBody);
  }
}
