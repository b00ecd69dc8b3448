package uk.nhs.icb.caseworkflows.common.idempotency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.idempotency.domain.IdempotentRequest.Verdict;

class IdempotentRequestTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final Duration RETENTION = Duration.ofHours(24);
  private static final RequestFingerprint INTAKE = fingerprint("{\"name\":\"A\"}");
  private static final RequestFingerprint OTHER = fingerprint("{\"name\":\"B\"}");

  private static RequestFingerprint fingerprint(String body) {
    return RequestFingerprint.of("POST", "/api/complaints", body.getBytes(StandardCharsets.UTF_8));
  }

  private static Verdict consider(IdempotentRequest request, RequestFingerprint f, Instant at) {
    return request.consider(f, "attempt-2", at, TIMEOUT, RETENTION);
  }

  @Test
  void theSameRequestWhileTheFirstRunsIsInFlightAndAfterItIsAReplay() {
    IdempotentRequest request = IdempotentRequest.claim("handler", "k1", INTAKE, "attempt-1", T0);
    assertThat(consider(request, INTAKE, T0.plusSeconds(1))).isEqualTo(Verdict.IN_FLIGHT);

    assertThat(request.complete("attempt-1", 201, "application/json", "/x/1", "{}")).isTrue();

    assertThat(consider(request, INTAKE, T0.plusSeconds(2))).isEqualTo(Verdict.REPLAY);
    assertThat(request.responseStatus()).isEqualTo(201);
    assertThat(request.responseLocation()).contains("/x/1");
  }

  @Test
  void anotherBodyOrPathWithTheKeyIsADifferentRequest() {
    IdempotentRequest request = IdempotentRequest.claim("handler", "k1", INTAKE, "attempt-1", T0);
    request.complete("attempt-1", 201, "application/json", null, "{}");

    assertThat(consider(request, OTHER, T0.plusSeconds(1))).isEqualTo(Verdict.DIFFERENT_REQUEST);
    assertThat(
            consider(
                request,
                RequestFingerprint.of("POST", "/api/complaints/1/withdrawal", new byte[0]),
                T0.plusSeconds(1)))
        .isEqualTo(Verdict.DIFFERENT_REQUEST);
  }

  @Test
  void aClaimLeftByADeadServerLapsesAndTheFirstAttemptCanNoLongerComplete() {
    IdempotentRequest request = IdempotentRequest.claim("handler", "k1", INTAKE, "attempt-1", T0);

    assertThat(consider(request, INTAKE, T0.plus(TIMEOUT).plusSeconds(1)))
        .isEqualTo(Verdict.PROCEED);

    assertThat(request.complete("attempt-1", 201, null, null, null)).isFalse();
    assertThat(request.heldBy("attempt-2")).isTrue();
    assertThat(request.complete("attempt-2", 201, null, null, null)).isTrue();
  }

  @Test
  void anAnswerIsForgottenAfterItsRetention() {
    IdempotentRequest request = IdempotentRequest.claim("handler", "k1", INTAKE, "attempt-1", T0);
    request.complete("attempt-1", 201, "application/json", null, "{}");

    assertThat(consider(request, OTHER, T0.plus(RETENTION).plusSeconds(1)))
        .isEqualTo(Verdict.PROCEED);
    assertThat(request.responseBody()).isEmpty();
  }

  @Test
  void callersNeverShareAKey() {
    assertThat(RequestFingerprint.keyId("handler", "k1"))
        .isNotEqualTo(RequestFingerprint.keyId("manager", "k1"))
        .hasSize(64);
  }
}
