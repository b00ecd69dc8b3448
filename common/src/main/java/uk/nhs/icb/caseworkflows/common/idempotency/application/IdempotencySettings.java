package uk.nhs.icb.caseworkflows.common.idempotency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an answer is kept for replay ({@code app.idempotency.retention}, ISO-8601, default a
 * day: it holds the answer, which may name a patient, so it is kept no longer than a retry needs)
 * and when an unfinished claim lapses ({@code app.idempotency.in-flight-timeout}, default five
 * minutes, far beyond any action's transaction).
 */
@ApplicationScoped
public class IdempotencySettings {

  @Inject
  @ConfigProperty(name = "app.idempotency.retention", defaultValue = "PT24H")
  String retention;

  @Inject
  @ConfigProperty(name = "app.idempotency.in-flight-timeout", defaultValue = "PT5M")
  String inFlightTimeout;

  public Duration retention() {
    return Duration.parse(retention);
  }

  public Duration inFlightTimeout() {
    return Duration.parse(inFlightTimeout);
  }
}
