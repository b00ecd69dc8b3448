package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.security.domain.RefusalReport;
import uk.nhs.icb.caseworkflows.common.security.domain.RefusalTally;

/**
 * This node's refused sign-ins per source, closed into a period every {@code
 * app.security.sign-in.report-every} (default PT15M): each period with refusals is logged as one
 * line (the number of refusals and the ten sources with most) and kept in memory, the last {@code
 * app.security.sign-in.reports-kept} (default 96, a day at the default period), for the
 * information-governance team's page. Kept here, not in the audit trail: the trail is a hash chain
 * with one head, and a flood of refusals must not queue every real action behind it. Never a user
 * name, a password or a token.
 */
@ApplicationScoped
public class SignInFailureTally {

  private static final Logger LOG = Logger.getLogger(SignInFailureTally.class.getName());
  private static final int DEFAULT_KEPT = 96;

  private final RefusalTally tally = new RefusalTally(10_000);
  private final Deque<RefusalReport> closed = new ArrayDeque<>();
  private final Clock clock;
  private final Instant countingSince;
  private Instant periodStart;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "app.security.sign-in.report-every", defaultValue = "PT15M")
  private String reportEvery;

  @Inject
  @ConfigProperty(name = "app.security.sign-in.reports-kept", defaultValue = "96")
  private int reportsKept = DEFAULT_KEPT;

  public SignInFailureTally() {
    this(Clock.systemUTC(), DEFAULT_KEPT);
  }

  /** For tests: a clock to move, and how many periods with refusals to keep. */
  public SignInFailureTally(Clock clock, int reportsKept) {
    this.clock = clock;
    this.reportsKept = reportsKept;
    this.countingSince = clock.instant();
    this.periodStart = countingSince;
  }

  void startReporting(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Observing start-up makes the bean, whose @PostConstruct schedules the report.
  }

  @PostConstruct
  void schedule() {
    if (scheduler != null) {
      long seconds = Duration.parse(reportEvery).toSeconds();
      scheduler.scheduleAtFixedRate(this::report, seconds, seconds, TimeUnit.SECONDS);
    }
  }

  public void count(String source) {
    tally.count(source);
  }

  /**
   * Closes the period: logs its counts when there were any, keeps them for the page, starts a new
   * period, and returns the counts (what a test calls to read them).
   */
  public Map<String, Long> report() {
    Map<String, Long> counts = tally.takeReport();
    RefusalReport period;
    synchronized (closed) {
      Instant now = clock.instant();
      period = new RefusalReport(periodStart, now, counts);
      periodStart = now;
      if (!period.isEmpty()) {
        closed.addFirst(period);
        while (closed.size() > Math.max(0, reportsKept)) {
          closed.removeLast();
        }
      }
    }
    if (!period.isEmpty()) {
      String most =
          counts.entrySet().stream()
              .limit(10)
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", "));
      LOG.warning(
          () ->
              "Refused sign-ins since the last report: "
                  + period.total()
                  + " from "
                  + counts.size()
                  + " sources; most: "
                  + most);
    }
    return counts;
  }

  /** The period still open: its refusals so far. */
  public RefusalReport current() {
    synchronized (closed) {
      return new RefusalReport(periodStart, clock.instant(), tally.soFar());
    }
  }

  /** The closed periods that had refusals, newest first, as many as are kept. */
  public List<RefusalReport> recent() {
    synchronized (closed) {
      return new ArrayList<>(closed);
    }
  }

  /** When this node began counting: nothing before it is known here. */
  public Instant countingSince() {
    return countingSince;
  }
}
