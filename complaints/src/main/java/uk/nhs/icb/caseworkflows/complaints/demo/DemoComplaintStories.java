package uk.nhs.icb.caseworkflows.complaints.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.demo.DemoTimes;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAcknowledgement;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording.Whose;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintEvidence;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintIntake;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintPlanning;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintResponse;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintStanding;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTriage;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintPlan;
import uk.nhs.icb.caseworkflows.complaints.domain.EvidenceKind;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.domain.SubjectOfComplaint;

/**
 * The sample complaints, each taken to its own step: just received, acknowledgement overdue, late
 * and awaiting a decision, waiting for the patient's consent, under investigation, a draft awaiting
 * sign-off, closed as outside the ICB's remit, and a spoken complaint resolved at once. Every
 * person, address and NHS number here is made up (the NHS numbers only pass the check digit).
 */
@ApplicationScoped
public class DemoComplaintStories {

  private static final String RECEIVED_BY = "complaints-handler";

  private final ComplaintIntake intake;
  private final ComplaintTriage triage;
  private final ComplaintAcknowledgement acknowledgement;
  private final ComplaintStanding standing;
  private final ComplaintConsentRecording consents;
  private final ComplaintPlanning planning;
  private final ComplaintEvidence evidence;
  private final ComplaintResponse response;
  private final DemoTimes times;

  @Inject
  public DemoComplaintStories(
      ComplaintIntake intake,
      ComplaintTriage triage,
      ComplaintAcknowledgement acknowledgement,
      ComplaintStanding standing,
      ComplaintConsentRecording consents,
      ComplaintPlanning planning,
      ComplaintEvidence evidence,
      ComplaintResponse response,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.intake = intake;
    this.triage = triage;
    this.acknowledgement = acknowledgement;
    this.standing = standing;
    this.consents = consents;
    this.planning = planning;
    this.evidence = evidence;
    this.response = response;
    this.times = new DemoTimes(calendar, clock);
  }

  protected DemoComplaintStories() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  /** Tells every story; returns how many complaints were made. */
  public int tellAll() {
    justReceived();
    acknowledgementOverdue();
    lateAndAwaitingADecision();
    waitingForThePatientsConsent();
    underInvestigation();
    draftAwaitingSignOff();
    outsideTheIcbsRemit();
    resolvedOrally();
    return 8;
  }

  private void justReceived() {
    intake.receive(
        ComplaintMade.byThePatient(
            person("Mr Daniel Okafor", "4 Larch Close", "LU2 7QP"),
            subject("Northvale GP Practice", "Reception team"),
            details(
                "I was told three times that no appointments were left and to ring back at 8am.",
                times.daysAgo(9),
                "To be able to book an appointment without ringing at 8am every day.")),
        Channel.EMAIL,
        times.workingDaysAgo(0),
        RECEIVED_BY);
  }

  private void acknowledgementOverdue() {
    intake.receive(
        ComplaintMade.byThePatient(
            person("Ms Priya Raman", "18 Orchard Way", "LU4 9HT"),
            subject("Northvale Community Health NHS Trust", "Podiatry service"),
            details(
                "My podiatry appointment was cancelled twice without notice.",
                times.daysAgo(40),
                "A new appointment and an explanation.")),
        Channel.LETTER,
        times.workingDaysAgo(6),
        RECEIVED_BY);
  }

  private void lateAndAwaitingADecision() {
    intake.receive(
        ComplaintMade.byThePatient(
            person("Mrs Alice Hart", "7 Bridge Street", "LU6 1AA"),
            subject("Eastmoor Hospital NHS Foundation Trust", "Discharge team"),
            details(
                "My husband was discharged late at night without his medicines.",
                times.daysAgo(430),
                "An apology and assurance that it will not happen to anyone else.")),
        Channel.LETTER,
        times.workingDaysAgo(1),
        RECEIVED_BY);
  }

  private void waitingForThePatientsConsent() {
    String id =
        intake
            .receive(
                ComplaintMade.onBehalfOf(
                    person("Mrs Grace Mensah", "22 Willow Road", "LU3 4DF"),
                    patient("Mr Kwame Mensah", "4857773457", LocalDate.of(1948, 3, 14)),
                    new Representation(
                        RepresentativeStanding.PATIENT_REQUEST,
                        "Letter from Mr Mensah asking his daughter to act for him"),
                    subject("Northvale Community Health NHS Trust", "District nursing team"),
                    details(
                        "Dressings were not changed for five days after my father came home.",
                        times.daysAgo(20),
                        "An explanation and a reliable visiting plan.")),
                Channel.TELEPHONE,
                times.workingDaysAgo(4),
                RECEIVED_BY)
            .id();
    complainantConsents(id, ConsentPurpose.PROCESS_CASE, ConsentMethod.VERBAL, times.hoursAgo(70));
    triage.decideRemit(id, true, null, null);
    acknowledgement.acknowledge(id);
    // Mr Mensah's letter asking his daughter to act is on file: she may complain for him.
    standing.decide(id, true, null, null, null, null);
  }

  private void underInvestigation() {
    String id = receivedAndAcknowledged("Mr Tomasz Nowak", "9 Elm Grove", "LU1 5RS", 12);
    complainantConsents(
        id, ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, ConsentMethod.FORM, times.hoursAgo(200));
    planning.agreePlan(
        id,
        new ComplaintPlan(
            List.of("The wait for a wheelchair assessment", "How the referral was tracked"),
            Investigator.ICB,
            null),
        false);
    evidence.record(
        id,
        EvidenceKind.PROVIDER_RESPONSE,
        "The service confirms the referral was received and placed on a routine list.",
        "Wheelchair service manager",
        times.today());
  }

  private void draftAwaitingSignOff() {
    String id = receivedAndAcknowledged("Ms Hannah Clarke", "31 Meadow Lane", "LU7 2BN", 22);
    complainantConsents(
        id, ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, ConsentMethod.WRITTEN, times.hoursAgo(300));
    planning.agreePlan(
        id,
        new ComplaintPlan(
            List.of("The wait for a wheelchair assessment", "Not being told about the delay"),
            Investigator.ICB,
            null),
        false);
    response.completeInvestigation(id);
    response.draft(
        id,
        new ComplaintResponse.Draft(
            List.of(IssueOutcome.UPHELD, IssueOutcome.NOT_UPHELD),
            List.of("We read the referral records.", "We spoke to the service manager."),
            List.of(
                "The assessment took 19 weeks against a standard of 18.",
                "Two letters explaining the wait were sent."),
            "The assessment was later than it should have been; you were kept informed.",
            "We are sorry that your assessment was late.",
            List.of(
                new ResponseAction(
                    "Review the routine list weekly",
                    "Wheelchair service manager",
                    times.today().plusMonths(2))),
            true,
            null));
  }

  private void outsideTheIcbsRemit() {
    String id =
        intake
            .receive(
                ComplaintMade.byThePatient(
                    person("Mr Oliver Grant", "3 Church Walk", "LU5 6EE"),
                    subject("Southgate Dental Care", "Dr Lewis"),
                    details(
                        "My crown fell out a week after it was fitted.",
                        times.daysAgo(30),
                        "A free repair.")),
                Channel.EMAIL,
                times.workingDaysAgo(2),
                RECEIVED_BY)
            .id();
    triage.decideRemit(
        id,
        false,
        OutsideRemitReason.ALREADY_WITH_PROVIDER,
        "Southgate Dental Care is already answering this complaint; the Parliamentary and Health"
            + " Service Ombudsman can look at it after their reply.");
  }

  private void resolvedOrally() {
    Instant received = times.hoursAgo(3);
    intake.recordResolvedOrally(
        ComplaintMade.byThePatient(
            new Party("Mrs Joan Fisher", List.of(), null, "01582 000 000", null),
            subject("Northvale GP Practice", "Dispensary"),
            details("My repeat prescription was not ready.", times.today(), null)),
        Channel.TELEPHONE,
        received,
        RECEIVED_BY,
        "The practice issued the prescription the same afternoon and apologised.",
        received.plus(Duration.ofHours(2)));
  }

  private String receivedAndAcknowledged(
      String name, String street, String postcode, int workingDaysAgo) {
    String id =
        intake
            .receive(
                ComplaintMade.byThePatient(
                    person(name, street, postcode),
                    subject("Northvale Community Health NHS Trust", "Wheelchair service"),
                    details(
                        "I waited more than four months for a wheelchair assessment.",
                        times.daysAgo(60),
                        "An assessment date and an explanation of the wait.")),
                Channel.LETTER,
                times.workingDaysAgo(workingDaysAgo),
                RECEIVED_BY)
            .id();
    complainantConsents(
        id,
        ConsentPurpose.PROCESS_CASE,
        ConsentMethod.WRITTEN,
        times.hoursAgo(24L * (workingDaysAgo + 1)));
    complainantConsents(
        id,
        ConsentPurpose.SHARE_WITH_PROVIDER,
        ConsentMethod.WRITTEN,
        times.hoursAgo(24L * (workingDaysAgo + 1)));
    triage.decideRemit(id, true, null, null);
    acknowledgement.acknowledge(id);
    return id;
  }

  private static Party person(String name, String street, String postcode) {
    return new Party(name, List.of(street, "Luton"), postcode, null, null);
  }

  private static AffectedPerson patient(String name, String nhsNumber, LocalDate born) {
    return new AffectedPerson(
        name, NhsNumber.parse(nhsNumber), born, List.of("22 Willow Road", "Luton"), "LU3 4DF");
  }

  private static SubjectOfComplaint subject(String organisation, String namedTeam) {
    return new SubjectOfComplaint(organisation, List.of(namedTeam));
  }

  private static ComplaintDetails details(
      String whatHappened, LocalDate happenedOn, String wanted) {
    return new ComplaintDetails(whatHappened, happenedOn, null, wanted);
  }

  /** The complainant themselves gives a consent, recorded as given at that time. */
  private void complainantConsents(
      String id, ConsentPurpose purpose, ConsentMethod method, Instant givenAt) {
    consents.record(id, Whose.COMPLAINANT, ConsentGiver.thePerson(), purpose, method, givenAt);
  }
}
