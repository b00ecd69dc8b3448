package uk.nhs.icb.caseworkflows.common.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Makes the England-and-Wales {@link WorkingDayCalendar} injectable. */
@ApplicationScoped
public class WorkingDayCalendarProducer {

  /**
   * {@code @Dependent} rather than {@code @ApplicationScoped}: a normal-scoped product would have
   * to be proxyable, which means giving {@link WorkingDayCalendar} a no-argument constructor that
   * leaves it half-built and dropping {@code final}. Such a constructor would also make the class a
   * managed bean in its own right under {@code bean-discovery-mode="all"}, clashing with this
   * producer. Sharing one instance would gain nothing: the calendar is immutable and cheap, and the
   * parsed bank holidays it holds are already shared.
   */
  @Produces
  @Dependent
  public WorkingDayCalendar workingDayCalendar(Clock clock) {
    return new WorkingDayCalendar(BankHolidays.englandAndWales(), clock);
  }
}
