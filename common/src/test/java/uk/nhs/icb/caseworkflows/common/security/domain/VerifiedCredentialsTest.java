package uk.nhs.icb.caseworkflows.common.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
  private final VerifiedCredentials cache =
      VerifiedCredentials.withRandomKey(Duration.ofMinutes(5), 3);

  @Test
  void rememberedCredentialsAreKnownUntilTheirLifetimeEnds() {
    cache.remember("ig-officer", "demo".toCharArray(), "hash-1", T0);

    assertThat(cache.recentlyVerified("ig-officer", "demo".toCharArray(), "hash-1", T0)).isTrue();
    assertThat(
            cache.recentlyVerified(
                "ig-officer", "demo".toCharArray(), "hash-1", T0.plus(Duration.ofMinutes(5))))
        .isFalse();
  }

  @Test
  void anyPartDifferentMisses() {
    cache.remember("ig-officer", "demo".toCharArray(), "hash-1", T0);

    assertThat(cache.recentlyVerified("ig-officer", "demo".toCharArray(), "hash-2", T0)).isFalse();
    assertThat(cache.recentlyVerified("ig-officer", "dem0".toCharArray(), "hash-1", T0)).isFalse();
    assertThat(cache.recentlyVerified("ig-officeR", "demo".toCharArray(), "hash-1", T0)).isFalse();
  }

  @Test
  void partsCannotBeShiftedFromOneIntoAnother() {
    cache.remember("a", "bc".toCharArray(), "h", T0);

    assertThat(cache.recentlyVerified("ab", "c".toCharArray(), "h", T0)).isFalse();
  }

  @Test
  void theTableIsKeyedPerNodeSoAnotherNodesTableKnowsNothing() {
    cache.remember("ig-officer", "demo".toCharArray(), "hash-1", T0);
    VerifiedCredentials another = VerifiedCredentials.withRandomKey(Duration.ofMinutes(5), 3);

    assertThat(another.recentlyVerified("ig-officer", "demo".toCharArray(), "hash-1", T0))
        .isFalse();
  }

  @Test
  void aFullTableMakesRoomAndNeverGrowsPastItsCapacity() {
    for (int i = 0; i < 10; i++) {
      cache.remember("user" + i, "pw".toCharArray(), "h", T0);
      assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
    assertThat(cache.recentlyVerified("user9", "pw".toCharArray(), "h", T0)).isTrue();
  }

  @Test
  void aZeroLifetimeTurnsTheCacheOff() {
    VerifiedCredentials off = VerifiedCredentials.withRandomKey(Duration.ZERO, 3);
    off.remember("ig-officer", "demo".toCharArray(), "hash-1", T0);

    assertThat(off.recentlyVerified("ig-officer", "demo".toCharArray(), "hash-1", T0)).isFalse();
  }
}
