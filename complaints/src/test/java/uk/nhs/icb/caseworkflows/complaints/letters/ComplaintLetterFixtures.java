package uk.nhs.icb.caseworkflows.complaints.letters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintPlan;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintTimescales;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Receipt;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.SubjectOfComplaint;

/**
 * Complaint files at each point a letter goes, built through the domain: Siân Evans complains by
 * email on Monday 2 March 2026 about the community nursing her father Rhodri had from Northvale
 * Community Health NHS Trust, at his request. Letters are issued on Thursday 5 March 2026, unless a
 * file needs a later day.
 */
public final class ComplaintLetterFixtures {

  public static final Instant TODAY = london("2026-03-05T10:00");
  public static final Clock CLOCK = Clock.fixed(TODAY, ZoneId.of("UTC"));
  public static final WorkingDayCalendar CALENDAR =
      new WorkingDayCalendar(BankHolidays.englandAndWales(), CLOCK);
  public static final ComplaintDeadlines DEADLINES =
      new ComplaintDeadlines(CALENDAR, ComplaintTimescales.defaults());
  public static final Letterhead LETTERHEAD =
      new Letterhead(
          "NHS Northvale Integrated Care Board",
          List.of("Kingsway House", "14 Kingsway", "Dunstable"),
          "LU5 4TP",
          "Telephone: 01632 960 400",
          "Email: northvaleicb.complaints@nhs.net",
          "www.northvaleicb.nhs.uk");
  public static final String HANDLER = "daniel.oconnor";
  public static final String TRUST = "Northvale Community Health NHS Trust";
  public static final NhsNumber RHODRI_NHS_NUMBER = NhsNumber.parse("943 476 5919");

  private ComplaintLetterFixtures() {}

  public static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
  }

  /** The Northvale complaints team's settings, set by their property names as the ICB sets them. */
  public static ComplaintLetterSettings settings() {
    return new ComplaintLetterSettings(
        LetterSettingsReader.of(
            Map.ofEntries(
                setting("contact.name", "Daniel O'Connor"),
                setting("contact.telephone", "01632 960 412"),
                setting("contact.email", "northvaleicb.complaints@nhs.net"),
                setting("advocacy.name", "Northvale Independent Advocacy"),
                setting("advocacy.telephone", "01632 960 785"),
                setting("advocacy.website", "www.northvale-advocacy.org.uk"),
                setting("signatory.name", "Priya Shah"),
                setting("signatory.role", "Complaints Manager"),
                setting("responsible-person.name", "Dr Helen Marsh"),
                setting("responsible-person.role", "Chief Executive"),
                setting("responsible-person.user", "helen.marsh"),
                setting("signatories", "priya.shah=Priya Shah=Complaints Manager"),
                setting("consent.purposes", ComplaintLetterSettings.CONSENT_PURPOSES),
                setting("disclosure.requests", ComplaintLetterSettings.PROVIDER_REQUESTS),
                setting("consent.return-working-days", "10"),
                setting("identity.reply-working-days", "10"),
                setting("disclosure.response-working-days", "10"),
                setting("holding.new-response-working-days", "20"),
                setting("holding.delay-reason", ComplaintLetterSettings.DELAY_REASON),
                setting("identity.may-use-anonymously", "true")),
            ComplaintLetterSettings.PREFIX));
  }

  private static Map.Entry<String, String> setting(String name, String value) {
    return Map.entry(ComplaintLetterSettings.PREFIX + name, value);
  }

  public static ComplaintLetterContents contents() {
    return new ComplaintLetterContents(settings(), CALENDAR, CLOCK, DEADLINES);
  }

  static Party sian() {
    return new Party(
        "Mrs Siân Evans",
        List.of("12 Station Road", "Leagrave", "Luton"),
        "LU4 9JT",
        "01632 960 111",
        "sian.evans@example.com");
  }

  static ComplaintDetails details(LocalDate happenedOn) {
    return new ComplaintDetails(
        "A six-week wait for a home visit after discharge from hospital\n"
            + "Two calls to the duty line that were not returned",
        happenedOn,
        null,
        "An apology and an assurance it will not happen again");
  }

  /** Siân for her father, at his request: his own consent is needed. */
  public static ComplaintMade forHerFather() {
    return ComplaintMade.onBehalfOf(
        sian(),
        new AffectedPerson(
            "Mr Rhodri Evans",
            RHODRI_NHS_NUMBER,
            LocalDate.of(1948, 7, 14),
            List.of("12 Station Road", "Leagrave", "Luton"),
            "LU4 9JT"),
        new Representation(RepresentativeStanding.PATIENT_REQUEST, "Letter from Mr Evans"),
        new SubjectOfComplaint(TRUST, List.of()),
        details(LocalDate.of(2026, 2, 10)));
  }

  /** Siân for her grandson Osian, a child, as his representative. */
  public static ComplaintMade forHerGrandson() {
    return ComplaintMade.onBehalfOf(
        sian(),
        new AffectedPerson(
            "Osian Evans",
            RHODRI_NHS_NUMBER,
            LocalDate.of(2013, 9, 1),
            List.of("4 Mill Lane", "Luton"),
            "LU4 8AA"),
        new Representation(RepresentativeStanding.CHILD, null),
        new SubjectOfComplaint(TRUST, List.of()),
        details(LocalDate.of(2026, 2, 10)));
  }

  /** Siân not accepted as Osian's representative: his mother is already complaining for him. */
  public static Complaint standingRefused() {
    Complaint complaint = acknowledged(forHerGrandson());
    complaint.decideStanding(
        false,
        false,
        true,
        null,
        "Osian's mother, who has parental responsibility, has already complained for him.",
        london("2026-03-04T10:00"),
        HANDLER);
    return complaint;
  }

  /** Siân about her own care. */
  public static ComplaintMade aboutHerself(LocalDate happenedOn) {
    return ComplaintMade.byThePatient(
        sian(), new SubjectOfComplaint(TRUST, List.of()), details(happenedOn));
  }

  public static Complaint received(ComplaintMade made) {
    return Complaint.receive(
        new ComplaintReference(2026, 123),
        made,
        Receipt.of(Channel.EMAIL, london("2026-03-02T10:00"), HANDLER),
        DEADLINES);
  }

  /** Within remit, acknowledged on Tuesday 3 March 2026. */
  public static Complaint acknowledged(ComplaintMade made) {
    Complaint complaint = received(made);
    complaint.admissibility().decideWithinRemit(london("2026-03-02T11:00"), HANDLER);
    complaint.acknowledge(london("2026-03-03T09:00"), HANDLER);
    return complaint;
  }

  public static Complaint outsideRemit(OutsideRemitReason reason) {
    Complaint complaint = received(aboutHerself(LocalDate.of(2026, 2, 10)));
    complaint
        .admissibility()
        .decideOutsideRemit(
            reason,
            "Luton Borough Council, Adult Social Care Complaints\n"
                + "Telephone: 01632 960 900\n"
                + "Email: complaints@luton.example.gov.uk",
            london("2026-03-03T11:00"),
            HANDLER);
    return complaint;
  }

  /** Made more than a year after the care, with no good reason for the delay. */
  public static Complaint notAcceptedLate() {
    Complaint complaint = received(aboutHerself(LocalDate.of(2024, 6, 1)));
    complaint
        .admissibility()
        .decideOnLateComplaint(
            false,
            false,
            "The service has since closed and its records for 2024 cannot be found.",
            london("2026-03-04T11:00"),
            HANDLER);
    return complaint;
  }

  /** Planned on Wednesday 4 March 2026 with the three consents, for the ICB to investigate. */
  public static Complaint planned() {
    Complaint complaint = acknowledged(forHerFather());
    complaint.decideStanding(true, null, null, null, null, london("2026-03-03T10:00"), HANDLER);
    complaint.plan(
        new ComplaintPlan(
            List.of("The six-week wait for a first home visit", "The unreturned calls"),
            Investigator.ICB,
            null),
        consents(
            consent(complaint, ConsentPurpose.PROCESS_CASE, "Mrs Siân Evans", "complainant"),
            consent(complaint, ConsentPurpose.REPRESENTATIVE_TO_ACT, "Mr Rhodri Evans", "patient"),
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient")),
        DEADLINES,
        london("2026-03-04T10:00"),
        HANDLER);
    return complaint;
  }

  /** Asked not to be named; the handler found the trust could not answer without knowing who. */
  public static Complaint mustBeNamed() {
    Complaint complaint = planned();
    complaint.disclosureLog().askNotToBeNamed(london("2026-03-04T10:30"), HANDLER);
    complaint
        .disclosureLog()
        .decideAnonymity(
            false,
            "The complaint is about your father's own visits, which the trust can only find by his"
                + " name and NHS number.",
            london("2026-03-04T11:00"),
            HANDLER);
    return complaint;
  }

  /** Investigated, found partly upheld, and signed off. */
  public static Complaint responded() {
    Complaint complaint = planned();
    complaint.startInvestigation();
    complaint.recordOutcome(
        List.of(IssueOutcome.UPHELD, IssueOutcome.NOT_UPHELD),
        List.of("Referral checks on the day of receipt"),
        london("2026-03-04T15:00"),
        HANDLER);
    complaint.respond(london("2026-03-05T09:00"), "Dr Helen Marsh");
    return complaint;
  }

  public static ResponseWording signedOffResponse() {
    return new ResponseWording(
        List.of(
            "We asked the trust for a written account and copies of the nursing records",
            "Our Deputy Head of Quality reviewed the records against the trust's standards"),
        List.of(
            "The referral was added to the wrong team's list and not picked up for five weeks.",
            "The trust's call log shows both calls were returned the next working day."),
        "The delay in the first visit fell well short of the standard you should expect.",
        "We are very sorry for the distress the delay caused your father and you.",
        List.of(
            new ResponseWording.Action(
                "Check every new referral against the right team's list on the day it arrives",
                "Community Nursing Service Manager",
                LocalDate.of(2026, 6, 30))),
        true,
        null,
        "helen.marsh");
  }

  /** The same response, signed off by the complaints manager the responsible person authorised. */
  public static ResponseWording signedOffByTheManager() {
    ResponseWording response = signedOffResponse();
    return new ResponseWording(
        response.steps(),
        response.findings(),
        response.overallSummary(),
        response.apology(),
        response.actions(),
        response.satisfied(),
        response.followUp(),
        "priya.shah");
  }

  public static ConsentRecord consent(
      Complaint complaint, ConsentPurpose purpose, String name, String role) {
    return ComplaintFiles.consentOnAForm(
        complaint, purpose, name, role, london("2026-03-03T12:00"), HANDLER);
  }

  public static ConsentCheck consents(ConsentRecord... records) {
    return new ConsentCheck(List.of(records));
  }
}
