package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/**
 * Complaint files for tests: Jane Smith complains about her own care at Riverside Surgery, unless a
 * test asks for her father Arthur's complaint made by her.
 */
public final class ComplaintFiles {

  static final ComplaintDeadlines DEADLINES =
      new ComplaintDeadlines(
          new WorkingDayCalendar(
              BankHolidays.englandAndWales(),
              Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"))),
          ComplaintTimescales.defaults());

  static final String HANDLER = "sam.handler";
  static final ComplaintReference REFERENCE = new ComplaintReference(2026, 123);

  private ComplaintFiles() {}

  /** An instant given as a London wall-clock time, e.g. "2026-03-02T10:00". */
  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
  }

  static Party jane() {
    return new Party(
        "Jane Smith", List.of("1 High Street", "Anytown"), "AB1 2CD", "01234 567890", null);
  }

  static ComplaintDetails happenedOn(LocalDate day) {
    return new ComplaintDetails("Waited six hours for a call back", day, null, "An apology");
  }

  static ComplaintMade byJane(LocalDate happenedOn) {
    return ComplaintMade.byThePatient(
        jane(),
        new SubjectOfComplaint("Riverside Surgery", List.of("Dr Brown")),
        happenedOn(happenedOn));
  }

  static ComplaintMade byJaneForArthur(RepresentativeStanding standing) {
    return ComplaintMade.onBehalfOf(
        jane(),
        new AffectedPerson(
            "Arthur Smith",
            NhsNumber.parse("943 476 5919"),
            LocalDate.of(1940, 5, 1),
            List.of("2 Low Road"),
            "AB1 3EF"),
        new Representation(
            standing,
            "Letter from Arthur asking Jane to act",
            standing.needsRelationship() ? RepresentativeRelationship.NEXT_OF_KIN : null,
            null),
        new SubjectOfComplaint("Riverside Surgery", List.of()),
        happenedOn(LocalDate.of(2026, 2, 1)));
  }

  public static Complaint receivedAt(String londonTime) {
    return receivedAt(londonTime, byJane(LocalDate.of(2026, 2, 1)));
  }

  static Complaint receivedAt(String londonTime, ComplaintMade made) {
    return Complaint.receive(
        REFERENCE, made, Receipt.of(Channel.LETTER, london(londonTime), HANDLER), DEADLINES);
  }

  /** Received Monday 2 March 2026, found within remit and acknowledged the next day. */
  static Complaint acknowledged(ComplaintMade made) {
    Complaint complaint = receivedAt("2026-03-02T10:00", made);
    complaint.admissibility().decideWithinRemit(london("2026-03-02T11:00"), HANDLER);
    complaint.acknowledge(london("2026-03-03T09:00"), HANDLER);
    return complaint;
  }

  /**
   * The ICB accepts the representative on Tuesday 3 March 2026, with every finding their ground
   * asks for.
   */
  static Complaint standingAccepted(Complaint complaint) {
    complaint.decideStanding(true, true, true, null, null, london("2026-03-03T10:00"), HANDLER);
    return complaint;
  }

  /** Acknowledged, then planned on Wednesday 4 March 2026 with Jane's consent. */
  static Complaint planned(String... issues) {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));
    complaint.plan(
        ComplaintPlan.withDefaultResponseDate(List.of(issues), Investigator.ICB),
        new ConsentCheck(
            List.of(
                consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"),
                consent(
                    complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"))),
        DEADLINES,
        london("2026-03-04T10:00"),
        HANDLER);
    return complaint;
  }

  /**
   * Made by Jane for Arthur, who asked her to act; planned with Jane's consent to the ICB handling
   * it, Arthur's to her acting and to sharing his information, and investigating.
   */
  static Complaint investigatingForArthur(String... issues) {
    Complaint complaint = acknowledged(byJaneForArthur(RepresentativeStanding.PATIENT_REQUEST));
    complaint.decideStanding(true, null, null, null, null, london("2026-03-03T10:00"), HANDLER);
    complaint.plan(
        ComplaintPlan.withDefaultResponseDate(List.of(issues), Investigator.ICB),
        new ConsentCheck(
            List.of(
                consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"),
                consent(complaint, ConsentPurpose.REPRESENTATIVE_TO_ACT, "Arthur Smith", "patient"),
                consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Arthur Smith", "patient"))),
        DEADLINES,
        london("2026-03-04T10:00"),
        HANDLER);
    complaint.startInvestigation();
    return complaint;
  }

  static Complaint investigating(String... issues) {
    Complaint complaint = planned(issues);
    complaint.startInvestigation();
    return complaint;
  }

  static ConsentRecord consent(
      Complaint complaint, ConsentPurpose purpose, String name, String role) {
    return consentOnAForm(complaint, purpose, name, role, london("2026-03-02T12:00"), HANDLER);
  }

  /** The named person's own consent to the complaint, given on a form and recorded by a handler. */
  public static ConsentRecord consentOnAForm(
      Complaint complaint,
      ConsentPurpose purpose,
      String name,
      String role,
      Instant givenAt,
      String recordedBy) {
    return ConsentRecord.given(
        Complaint.CASE_TYPE,
        complaint.id(),
        ConsentSubject.of(name, role),
        ConsentGiver.thePerson(),
        purpose,
        ConsentMethod.FORM,
        givenAt,
        recordedBy);
  }

  static ConsentCheck consents(ConsentRecord... records) {
    return new ConsentCheck(List.of(records));
  }
}
