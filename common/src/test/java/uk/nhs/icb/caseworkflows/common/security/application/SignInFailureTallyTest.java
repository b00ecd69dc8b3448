package uk.nhs.icb.caseworkflows.common.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.domain.RefusalReport;

/** Refusals per source, for the log and the IG team's page: the open period and the recent ones. */
class SignInFailureTallyTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final SignInFailureTally tally = new SignInFailureTally(clock, 3);

  @Test
  void theOpenPeriodShowsTheCountsSoFarPerSourceMostFirstWithoutClearingThem() {
    tally.count("192.0.2.1");
    tally.count("192.0.2.2");
    tally.count("192.0.2.2");
    clock.now = T0.plusSeconds(60);

    RefusalReport current = tally.current();

    assertThat(current.from()).isEqualTo(T0);
    assertThat(current.to()).isEqualTo(T0.plusSeconds(60));
    assertThat(current.bySource())
        .containsExactly(Map.entry("192.0.2.2", 2L), Map.entry("192.0.2.1", 1L));
    assertThat(current.total()).isEqualTo(3);
    assertThat(tally.current().total()).as("reading does not clear").isEqualTo(3);
    assertThat(tally.recent()).isEmpty();
  }

  @Test
  void eachReportClosesAPeriodKeptNewestFirstAndOnlyTheLastFewWithRefusals() {
    for (int period = 1; period <= 5; period++) {
      for (int n = 0; n < period; n++) {
        tally.count("198.51.100." + period);
      }
      clock.now = clock.now.plus(Duration.ofMinutes(15));
      tally.report();
      clock.now = clock.now.plus(Duration.ofMinutes(15));
      assertThat(tally.report()).as("a period without refusals").isEmpty();
    }

    assertThat(tally.recent()).hasSize(3);
    assertThat(tally.recent().get(0).bySource()).containsExactly(Map.entry("198.51.100.5", 5L));
    assertThat(tally.recent().get(0).from()).isEqualTo(T0.plus(Duration.ofMinutes(120)));
    assertThat(tally.recent().get(0).to()).isEqualTo(T0.plus(Duration.ofMinutes(135)));
    assertThat(tally.recent().get(2).bySource()).containsExactly(Map.entry("198.51.100.3", 3L));
    assertThat(tally.current().isEmpty()).isTrue();
    assertThat(tally.current().from()).isEqualTo(T0.plus(Duration.ofMinutes(150)));
    assertThat(tally.countingSince()).isEqualTo(T0);
  }
}
