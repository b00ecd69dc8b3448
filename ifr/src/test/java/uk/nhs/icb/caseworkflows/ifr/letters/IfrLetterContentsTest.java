package uk.nhs.icb.caseworkflows.ifr.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;
import uk.nhs.icb.caseworkflows.ifr.application.IfrTreatments;
import uk.nhs.icb.caseworkflows.ifr.domain.DecisionOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ExceptionalityAnswers;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrTimescales;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.RequestingClinician;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/** What the IFR letters say, and to whom they go. */
class IfrLetterContentsTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private static final IfrDeadlines DEADLINES =
      new IfrDeadlines(
          new WorkingDayCalendar(
              BankHolidays.englandAndWales(),
              Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), WorkingDayCalendar.LONDON)),
          IfrTimescales.defaults());

  private final IfrLetterContents contents =
      new IfrLetterContents(
          new IfrLetterSettings(LetterSettingsReader.of(Map.of(), IfrLetterSettings.PREFIX)),
          IfrTreatments.read(CodeListReader.of(Map.of(), "app.ifr.codes.")),
          DEADLINES);

  @Test
  void anApprovalGoesToTheClinicianWithItsConditionsAndToThePatientInLargePrint() {
    FundingRequest request = logged();
    request.screen(ScreeningOutcome.ACCEPTED, "Complete", MONDAY, DEADLINES);
    request.decideAtPanel(
        PanelDecision.of(
            DecisionOutcome.APPROVED_WITH_CONDITIONS,
            ExceptionalityAnswers.of(true, "Rare profile", true, "Expected response"),
            "Exceptional on both criteria.",
            "Started by the rheumatology team",
            MONDAY,
            MONDAY.plusYears(1),
            LocalDate.of(2027, 6, 30)),
        "meeting-1",
        MONDAY);

    List<AddressedLetter> letters = contents.lettersOf(IfrLetterContents.DECISION, request, false);

    assertEquals(2, letters.size());
    AddressedLetter toClinician = letters.get(0);
    assertEquals("ifr-decision", toClinician.content().kind());
    assertEquals(true, toClinician.content().fields().get("approved"));
    @SuppressWarnings("unchecked")
    List<String> conditions = (List<String>) toClinician.content().fields().get("conditions");
    assertTrue(conditions.contains("Started by the rheumatology team"), conditions.toString());
    assertTrue(
        conditions.stream().anyMatch(line -> line.contains("report of the treatment's outcome")));
    assertEquals(MONDAY.plusDays(28), toClinician.content().fields().get("reviewBy"));
    AddressedLetter toPatient = letters.get(1);
    assertEquals("ifr-decision-copy", toPatient.content().kind());
    assertTrue(toPatient.needs().wantsLargePrintLetters());
  }

  @Test
  void aScreenedOutLetterSaysWhereTheRequestGoes() {
    FundingRequest request = logged();
    request.screen(ScreeningOutcome.NHS_ENGLAND, "A specialised service", MONDAY, DEADLINES);

    AddressedLetter letter =
        contents.lettersOf(IfrLetterContents.SCREENED_OUT, request, false).get(0);

    assertEquals(ScreeningOutcome.NHS_ENGLAND.reason(), letter.content().fields().get("reason"));
    assertTrue(letter.content().fields().get("route").toString().contains("NHS England"));
    assertEquals("Dr Amir Patel", letter.content().recipient().name());
  }

  private static FundingRequest logged() {
    AffectedPerson patient =
        new AffectedPerson(
            "Mrs Eleanor Whitcombe",
            NhsNumber.parse("9434765919"),
            LocalDate.of(1961, 7, 3),
            List.of("14 Orchard Rise"),
            "LS9 4QT");
    patient.recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT));
    return FundingRequest.log(
        new CaseReference("IFR", 2026, 9),
        patient,
        new RequestingClinician(
            "Dr Amir Patel",
            "Consultant rheumatologist",
            "Stanton General Hospital",
            List.of("Rheumatology"),
            "LS1 3EX",
            null),
        new TreatmentRequested(
            "BIOLOGIC_OFF_LABEL",
            "Refractory arthritis",
            "Rare antibody profile",
            new BigDecimal("100.00"),
            false,
            null),
        "Signed",
        MONDAY,
        "coordinator",
        DEADLINES);
  }
}
