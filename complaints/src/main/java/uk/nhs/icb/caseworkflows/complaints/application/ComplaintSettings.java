package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintTimescales;

/**
 * The complaints regulations' timescales as settings (app.complaints.*), with the defaults of the
 * NHS Complaints Regulations 2009 and local practice: 12 months to complain, 3 working days to
 * acknowledge, 25 working days to respond unless agreed otherwise, a delay letter after 6 months.
 */
@ApplicationScoped
public class ComplaintSettings {

  @Inject
  @ConfigProperty(name = "app.complaints.time-limit-months", defaultValue = "12")
  int timeLimitMonths;

  @Inject
  @ConfigProperty(name = "app.complaints.acknowledgement-working-days", defaultValue = "3")
  int acknowledgementWorkingDays;

  @Inject
  @ConfigProperty(name = "app.complaints.response-working-days", defaultValue = "25")
  int responseWorkingDays;

  @Inject
  @ConfigProperty(name = "app.complaints.delay-letter-months", defaultValue = "6")
  int delayLetterMonths;

  @Produces
  @Singleton
  ComplaintDeadlines deadlines(Clock clock) {
    return new ComplaintDeadlines(
        new WorkingDayCalendar(BankHolidays.englandAndWales(), clock),
        new ComplaintTimescales(
            Period.ofMonths(timeLimitMonths),
            acknowledgementWorkingDays,
            responseWorkingDays,
            Period.ofMonths(delayLetterMonths)));
  }
}
