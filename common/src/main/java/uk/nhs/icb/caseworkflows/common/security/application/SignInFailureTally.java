package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.security.domain.RefusalTally;

/**
 * This node's refused sign-ins per source, reported as one log line every {@code
 * app.security.sign-in.report-every} (default PT15M) when there were any: the number of refusals
 * and the ten sources with most. Never a user name, a password or a token.
 */
@ApplicationScoped
public class SignInFailureTally {

  private static final Logger LOG = Logger.getLogger(SignInFailureTally.class.getName());

  private final RefusalTally tally = new RefusalTally(10_000);

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "app.security.sign-in.report-every", defaultValue = "PT15M")
  private String reportEvery;

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

  /** Logs and clears the counts; also what a test calls to read them. */
  public Map<String, Long> report() {
    Map<String, Long> counts = tally.takeReport();
    if (!counts.isEmpty()) {
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      String most =
          counts.entrySet().stream()
              .limit(10)
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", "));
      LOG.warning(
          () ->
              "Refused sign-ins since the last report: "
                  + total
                  + " from "
                  + counts.size()
                  + " sources; most: "
                  + most);
    }
    return counts;
  }
}
