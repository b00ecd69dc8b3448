package uk.nhs.icb.caseworkflows.ifr.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.demo.DemoTimes;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.ifr.application.IfrScreening;
import uk.nhs.icb.caseworkflows.ifr.application.NewRequest;
import uk.nhs.icb.caseworkflows.ifr.application.RequestLogging;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.RequestingClinician;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/**
 * The sample requests: one just logged, one waiting for the clinician, one ready for the panel, an
 * urgent one for the chair, one returned for want of consent and one screened out to a policy.
 * Invented people, with NHS numbers that pass the check digit (the test range, 943 476 ...).
 */
@ApplicationScoped
public class DemoIfrStories {

  private final RequestLogging logging;
  private final IfrScreening screening;
  private final DemoTimes times;

  @Inject
  public DemoIfrStories(
      RequestLogging logging, IfrScreening screening, WorkingDayCalendar calendar, Clock clock) {
    this.logging = logging;
    this.screening = screening;
    this.times = new DemoTimes(calendar, clock);
  }

  protected DemoIfrStories() {
    this.logging = null;
    this.screening = null;
    this.times = null;
  }

  public int tellAll() {
    log("Ms Priya Natarajan", "9434765919", "ABDOMINOPLASTY", false, times.daysAgo(1));
    FundingRequest waiting =
        log("Mr Tomasz Nowak", "9434765870", "HYPERBARIC_OXYGEN", false, times.daysAgo(3));
    screen(waiting, ScreeningOutcome.MORE_INFORMATION, "The wound-care history for the last year.");
    FundingRequest ready =
        log("Mrs Grace Adeyemi", "9434765862", "BIOLOGIC_OFF_LABEL", false, times.daysAgo(6));
    screen(ready, ScreeningOutcome.ACCEPTED, "Complete; no ICB policy covers this use.");
    log("Mr Callum Reid", "9434765854", "BIOLOGIC_OFF_LABEL", true, times.daysAgo(0));
    logging.returnForConsent(
        new NewRequest(
            new AffectedPerson(
                "Miss Hannah Price", NhsNumber.parse("9434765846"), null, null, null),
            clinician(),
            "BREAST_REDUCTION",
            null,
            null,
            times.daysAgo(2)));
    FundingRequest covered =
        log("Mr Idris Khan", "9434765838", "VARICOSE_VEINS", false, times.daysAgo(8));
    screen(covered, ScreeningOutcome.POLICY_COVERS, "Our varicose veins policy sets the criteria.");
    return 6;
  }

  private FundingRequest log(
      String name, String nhsNumber, String treatment, boolean urgent, LocalDate receivedOn) {
    return logging.log(
        new NewRequest(
            new AffectedPerson(
                name,
                NhsNumber.parse(nhsNumber),
                LocalDate.of(1968, 5, 14),
                List.of("3 Beech Walk", "Northvale"),
                "LU2 7QP"),
            clinician(),
            treatment,
            new TreatmentRequested(
                treatment,
                "Symptoms persisting after the treatments the policy expects.",
                "The clinician describes a rare presentation unlike others with the condition.",
                new BigDecimal("8400.00"),
                urgent,
                urgent ? "Sight at risk within days" : null),
            "Consent section of the form signed by the patient",
            receivedOn));
  }

  private void screen(FundingRequest request, ScreeningOutcome outcome, String note) {
    screening.screen(request.id(), screening.versionOf(request.id()), outcome, note);
  }

  private static RequestingClinician clinician() {
    return new RequestingClinician(
        "Dr Sarah Lindqvist",
        "GP partner",
        "Wenlock Road Surgery",
        List.of("2 Wenlock Road", "Luton"),
        "LU2 0RW",
        null);
  }
}
