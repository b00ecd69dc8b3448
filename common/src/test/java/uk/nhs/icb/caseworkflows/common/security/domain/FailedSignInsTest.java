package uk.nhs.icb.caseworkflows.common.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final String HERE = "192.0.2.10";
  private final FailedSignIns failures = new FailedSignIns(5, Duration.ofMinutes(15));

  @Test
  void fiveFailuresWithinTheWindowRefuseTheNameWhateverItsCase() {
    for (int i = 0; i < 4; i++) {
      failures.recordFailure("ig-officer", HERE, T0.plusSeconds(i));
    }
    assertThat(failures.refuses("ig-officer", HERE, T0.plusSeconds(5))).isFalse();

    failures.recordFailure("IG-Officer", HERE, T0.plusSeconds(5));

    assertThat(failures.refuses("ig-officer", HERE, T0.plusSeconds(6))).isTrue();
    assertThat(failures.refuses("complaints-handler", HERE, T0.plusSeconds(6))).isFalse();
    assertThat(failures.retryAfter("ig-officer", HERE, T0.plusSeconds(6)))
        .isEqualTo(Duration.ofMinutes(15).minusSeconds(6));
  }

  @Test
  void theNameIsFreeAgainOnceTheOldestFailureLeavesTheWindow() {
    for (int i = 0; i < 5; i++) {
      failures.recordFailure("ig-officer", HERE, T0.plusSeconds(i * 60L));
    }
    assertThat(failures.refuses("ig-officer", HERE, T0.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(failures.refuses("ig-officer", HERE, T0.plus(Duration.ofMinutes(15)))).isFalse();
    assertThat(failures.refuses("ig-officer", HERE, T0.plus(Duration.ofMinutes(16)).plusSeconds(1)))
        .isFalse();
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowNeverAddUpToARefusal() {
    for (int i = 0; i < 20; i++) {
      failures.recordFailure("ig-officer", HERE, T0.plus(Duration.ofMinutes(4L * i)));
      assertThat(failures.refuses("ig-officer", HERE, T0.plus(Duration.ofMinutes(4L * i))))
          .as("failure " + i)
          .isFalse();
    }
  }

  @Test
  void aStrangersFailuresRefuseOnlyTheStrangersSourceNotTheOwners() {
    for (int i = 0; i < 10; i++) {
      failures.recordFailure("ig-officer", "203.0.113.66", T0.plusSeconds(i));
    }

    assertThat(failures.refuses("ig-officer", "203.0.113.66", T0.plusSeconds(11))).isTrue();
    assertThat(failures.refuses("ig-officer", HERE, T0.plusSeconds(11))).isFalse();
    assertThat(failures.retryAfter("ig-officer", HERE, T0.plusSeconds(11))).isZero();
  }
}
