package uk.nhs.icb.caseworkflows.ifr.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack.PackItem;
import uk.nhs.icb.caseworkflows.ifr.domain.DecisionOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ExceptionalityAnswers;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrTimescales;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMember;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelRole;
import uk.nhs.icb.caseworkflows.ifr.domain.RequestingClinician;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/** The panel's papers leave the patient out: no identity field, no known identity in the text. */
class PanelPackTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 23);

  private static final IfrDeadlines DEADLINES =
      new IfrDeadlines(
          new WorkingDayCalendar(
              BankHolidays.englandAndWales(),
              Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), WorkingDayCalendar.LONDON)),
          IfrTimescales.defaults());

  private final PanelPack pack =
      new PanelPack(
          null, null, IfrTreatments.read(CodeListReader.of(Map.of(), IfrTreatments.PREFIX)), null);

  /** Mrs Whitcombe's request, screened, its free text full of who she and her clinician are. */
  private static FundingRequest whitcombesRequest() {
    FundingRequest request =
        FundingRequest.log(
            new CaseReference("IFR", 2026, 7),
            new AffectedPerson(
                "Mrs Eleanor Ruth Whitcombe",
                NhsNumber.parse("9434765919"),
                LocalDate.of(1961, 7, 3),
                List.of("14 Orchard Rise", "Little Stanton"),
                "LS9 4QT"),
            new RequestingClinician(
                "Dr Amir Patel",
                "Consultant rheumatologist",
                "Stanton General Hospital",
                List.of("Rheumatology department"),
                "LS1 3EX",
                "amir.patel@example.nhs.uk"),
            new TreatmentRequested(
                "BIOLOGIC_OFF_LABEL",
                "Mrs Whitcombe (DOB 3rd July 1961, NHS 943 476 5919) has refractory arthritis.",
                "Eleanor has a rare antibody profile; Dr Patel can be reached on"
                    + " amir.patel@example.nhs.uk. She lives at 14 Orchard Rise, LS94QT, and"
                    + " travels 40 miles to clinic.",
                new BigDecimal("12500.00"),
                false,
                null),
            "Signed consent section",
            RECEIVED,
            "coordinator",
            DEADLINES);
    request.screen(
        ScreeningOutcome.ACCEPTED, "E. Whitcombe's request is complete.", RECEIVED, DEADLINES);
    return request;
  }

  @Test
  void thePackKeepsTheClinicalCaseAndNoneOfThePatientsKnownIdentities() {
    FundingRequest request = whitcombesRequest();
    PanelMeeting meeting = PanelMeeting.on(LocalDate.of(2026, 12, 3), List.of(request.id()));
    meeting.recordAttendance(List.of(new PanelMember("Dr Ruth Ames", PanelRole.CHAIR, true)));

    PackItem item = pack.itemOf(request, meeting);

    String everything = item.toString().toLowerCase(Locale.UK);
    for (String identity :
        List.of(
            "eleanor",
            "ruth whitcombe",
            "whitcombe",
            "9434765919",
            "943 476 5919",
            "1961",
            "orchard",
            "ls9",
            "little stanton",
            "patel",
            "amir",
            "example.nhs.uk")) {
      assertFalse(everything.contains(identity), identity + " reached the panel: " + everything);
    }
    assertTrue(item.condition().contains("refractory arthritis"));
    assertTrue(item.whyExceptional().contains("rare antibody profile"));
    assertTrue(item.whyExceptional().contains("travels 40 miles to clinic"));
    assertEquals("A biologic drug outside its licensed use", item.treatment());
    assertEquals("IFR-2026-000007", item.reference());
  }

  @Test
  void aReconsideredRequestsNewClinicalInformationReachesThePanelAnonymised() {
    FundingRequest request = whitcombesRequest();
    request.decideAtPanel(
        PanelDecision.of(
            DecisionOutcome.DECLINED,
            ExceptionalityAnswers.of(false, "Not different", false, "Not shown"),
            "Not exceptional",
            null,
            null,
            null,
            null),
        "meeting-1",
        RECEIVED.plusDays(14));
    request.reconsider(
        "Mrs Whitcombe's new MRI (NHS 943 476 5919) shows progression despite two agents.",
        RECEIVED.plusDays(30),
        DEADLINES);

    PackItem item = pack.itemOf(request, null);

    assertEquals(1, item.newInformation().size());
    PanelPack.NewInformation received = item.newInformation().get(0);
    assertEquals(RECEIVED.plusDays(30), received.receivedOn());
    assertTrue(received.information().contains("shows progression despite two agents"));
    String shown = received.information().toLowerCase(Locale.UK);
    assertFalse(shown.contains("whitcombe"), shown);
    assertFalse(shown.contains("943 476 5919"), shown);
  }
}
