package uk.nhs.icb.caseworkflows.ifr.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;
import uk.nhs.icb.caseworkflows.ifr.domain.DecisionOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ExceptionalityAnswers;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrTimescales;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.RequestingClinician;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewGround;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/** The annual report's tables and median, from requests at each stage. */
class IfrFiguresTest {

  private static final WorkingDayCalendar CALENDAR =
      new WorkingDayCalendar(
          BankHolidays.englandAndWales(),
          Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), WorkingDayCalendar.LONDON));
  private static final IfrDeadlines DEADLINES =
      new IfrDeadlines(CALENDAR, IfrTimescales.defaults());
  private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2026);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 4);
  private int sequence;

  @Test
  void theTablesCountEachStageAndTheMedianIsInWorkingDays() {
    FundingRequest declined = accepted(false);
    declined.decideAtPanel(
        decision(DecisionOutcome.DECLINED), "m", CALENDAR.addWorkingDays(MAY, 10));
    declined.requestReview(
        ReviewGround.PROCEDURE_NOT_FOLLOWED, "Why", CALENDAR.addWorkingDays(MAY, 12), DEADLINES);
    declined.decideReview(ReviewOutcome.UPHELD, "Followed", CALENDAR.addWorkingDays(MAY, 20));
    FundingRequest approved = accepted(false);
    approved.decideAtPanel(
        decision(DecisionOutcome.APPROVED), "m", CALENDAR.addWorkingDays(MAY, 20));
    FundingRequest urgent = logged(true);
    FundingRequest screenedOut = logged(false);
    screenedOut.screen(ScreeningOutcome.NHS_ENGLAND, "Specialised", MAY, DEADLINES);
    FundingRequest returned =
        FundingRequest.returnedForConsent(
            reference(), patient(), clinician(), "BREAST_REDUCTION", MAY, "coordinator");

    IfrFigures.Report report =
        IfrFigures.report(
            YEAR, List.of(declined, approved, urgent, screenedOut, returned), CALENDAR);

    ExactFigures received = report.tables().get(0);
    assertEquals(3, received.count("Routine"));
    assertEquals(1, received.count("Urgent"));
    assertEquals(1, received.count("Returned: no evidence of consent"));
    assertEquals(1, report.tables().get(1).count("NHS_ENGLAND"));
    assertEquals(1, report.tables().get(2).count("DECLINED"));
    assertEquals(1, report.tables().get(2).count("APPROVED"));
    assertEquals(1, report.tables().get(3).count("UPHELD"));
    assertEquals(15.0, report.medianWorkingDaysToDecision());
  }

  @Test
  void withNoDecisionThereIsNoMedian() {
    assertEquals(
        null,
        IfrFigures.report(YEAR, List.of(logged(false)), CALENDAR).medianWorkingDaysToDecision());
  }

  private FundingRequest accepted(boolean urgent) {
    FundingRequest request = logged(urgent);
    request.screen(ScreeningOutcome.ACCEPTED, "Complete", MAY, DEADLINES);
    return request;
  }

  private FundingRequest logged(boolean urgent) {
    return FundingRequest.log(
        reference(),
        patient(),
        clinician(),
        new TreatmentRequested(
            "BIOLOGIC_OFF_LABEL",
            "Arthritis",
            "Rare",
            new BigDecimal("1.00"),
            urgent,
            urgent ? "Soon" : null),
        "Signed",
        MAY,
        "coordinator",
        DEADLINES);
  }

  private CaseReference reference() {
    return new CaseReference("IFR", 2026, ++sequence);
  }

  private static PanelDecision decision(DecisionOutcome outcome) {
    return PanelDecision.of(
        outcome,
        ExceptionalityAnswers.of(true, "Different", true, "Benefit"),
        "Reasons",
        null,
        outcome.isApproval() ? MAY : null,
        outcome.isApproval() ? MAY.plusYears(1) : null,
        null);
  }

  private static AffectedPerson patient() {
    return new AffectedPerson(
        "Mr Test Patient",
        NhsNumber.parse("9434765919"),
        LocalDate.of(1970, 1, 1),
        List.of("1 Road"),
        "LU1 1AA");
  }

  private static RequestingClinician clinician() {
    return new RequestingClinician("Dr A", "GP", "Surgery", List.of("1 Street"), null, null);
  }
}
