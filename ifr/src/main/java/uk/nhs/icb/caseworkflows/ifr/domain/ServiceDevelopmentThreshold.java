package uk.nhs.icb.caseworkflows.ifr.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When requests for one treatment are no longer individual: {@code requests} of them received
 * within {@code window} (NHS England's interim policy: more than 5 per treatment per region
 * triggers a policy review, domain.md §3) say the ICB needs a policy for it. Both are settings.
 */
public record ServiceDevelopmentThreshold(int requests, Period window) {

  public ServiceDevelopmentThreshold {
    Objects.requireNonNull(window, "window");
    if (requests < 2) {
      throw new IllegalArgumentException("a pattern takes at least two requests");
    }
  }

  public static ServiceDevelopmentThreshold defaults() {
    return new ServiceDevelopmentThreshold(6, Period.ofMonths(12));
  }

  /** The first day of the window that ends on {@code today}. */
  public LocalDate windowStart(LocalDate today) {
    return today.minus(window);
  }

  public boolean isReachedBy(int requestsInWindow) {
    return requestsInWindow >= requests;
  }
}
