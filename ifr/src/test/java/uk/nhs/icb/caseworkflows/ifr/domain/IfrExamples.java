package uk.nhs.icb.caseworkflows.ifr.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;

/** A request as a clinician would send one, and the calendar it is counted on. */
final class IfrExamples {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  static final IfrDeadlines DEADLINES =
      new IfrDeadlines(
          new WorkingDayCalendar(
              BankHolidays.englandAndWales(),
              Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), WorkingDayCalendar.LONDON)),
          IfrTimescales.defaults());

  private IfrExamples() {}

  static AffectedPerson patient() {
    return new AffectedPerson(
        "Eleanor Whitcombe",
        NhsNumber.parse("9434765919"),
        LocalDate.of(1961, 7, 3),
        List.of("14 Orchard Rise", "Little Stanton"),
        "LS9 4QT");
  }

  static RequestingClinician clinician() {
    return new RequestingClinician(
        "Dr Amir Patel",
        "Consultant rheumatologist",
        "Stanton General Hospital",
        List.of("Rheumatology", "Stanton General Hospital"),
        "LS1 3EX",
        "amir.patel@example.nhs.uk");
  }

  static TreatmentRequested treatment(boolean urgent) {
    return new TreatmentRequested(
        "BIOLOGIC_OFF_LABEL",
        "Refractory arthritis after three biologics",
        "Eleanor Whitcombe has a rare antibody profile unlike others with the condition.",
        new BigDecimal("12500.00"),
        urgent,
        urgent ? "Joint damage progressing weekly" : null);
  }

  static FundingRequest logged(boolean urgent) {
    return FundingRequest.log(
        new CaseReference("IFR", 2026, 1),
        patient(),
        clinician(),
        treatment(urgent),
        "Consent section of the form signed by the patient",
        MONDAY,
        "coordinator",
        DEADLINES);
  }

  static ExceptionalityAnswers bothMet() {
    return ExceptionalityAnswers.of(true, "A rare antibody profile", true, "Expected response");
  }
}
