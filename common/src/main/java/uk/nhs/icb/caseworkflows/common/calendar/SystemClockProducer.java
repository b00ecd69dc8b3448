package uk.nhs.icb.caseworkflows.common.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the application, in Europe/London. Everything that needs the time injects it, so
 * deadlines, timers and retention can be tested with a fixed or moved clock.
 */
@ApplicationScoped
public class SystemClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(WorkingDayCalendar.LONDON);
  }
}
