package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrTimescales;
import uk.nhs.icb.caseworkflows.ifr.domain.Quorum;
import uk.nhs.icb.caseworkflows.ifr.domain.ServiceDevelopmentThreshold;

/**
 * The IFR settings (app.ifr.*) with domain.md's defaults: screening in 5 working days, an urgent
 * decision in 2, a decision in 40 from a complete request, 28 days to ask for a review and 28 for
 * its outcome, a reminder 10 working days after asking for more, a quorum of 3 (with the chair and
 * a clinician), and a policy signal at 6 requests for one treatment within 12 months.
 */
@ApplicationScoped
public class IfrSettings {

  @Inject
  @ConfigProperty(name = "app.ifr.screening-working-days", defaultValue = "5")
  int screeningWorkingDays;

  @Inject
  @ConfigProperty(name = "app.ifr.urgent-working-days", defaultValue = "2")
  int urgentWorkingDays;

  @Inject
  @ConfigProperty(name = "app.ifr.decision-working-days", defaultValue = "40")
  int decisionWorkingDays;

  @Inject
  @ConfigProperty(name = "app.ifr.review-request-days", defaultValue = "28")
  int reviewRequestDays;

  @Inject
  @ConfigProperty(name = "app.ifr.review-outcome-days", defaultValue = "28")
  int reviewOutcomeDays;

  @Inject
  @ConfigProperty(name = "app.ifr.information-reminder-working-days", defaultValue = "10")
  int informationReminderWorkingDays;

  @Inject
  @ConfigProperty(name = "app.ifr.panel.quorum", defaultValue = "3")
  int quorum;

  @Inject
  @ConfigProperty(name = "app.ifr.service-development.requests", defaultValue = "6")
  int thresholdRequests;

  @Inject
  @ConfigProperty(name = "app.ifr.service-development.window", defaultValue = "P12M")
  String thresholdWindow;

  @Produces
  @Singleton
  IfrDeadlines deadlines(Clock clock) {
    return new IfrDeadlines(
        new WorkingDayCalendar(BankHolidays.englandAndWales(), clock),
        new IfrTimescales(
            screeningWorkingDays,
            urgentWorkingDays,
            decisionWorkingDays,
            reviewRequestDays,
            reviewOutcomeDays,
            informationReminderWorkingDays));
  }

  @Produces
  @Singleton
  Quorum quorum() {
    return new Quorum(quorum);
  }

  @Produces
  @Singleton
  ServiceDevelopmentThreshold threshold() {
    return new ServiceDevelopmentThreshold(thresholdRequests, Period.parse(thresholdWindow));
  }
}
