package uk.nhs.icb.caseworkflows.complaints.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import uk.nhs.icb.caseworkflows.bpmn.casework.web.OpenStep;
import uk.nhs.icb.caseworkflows.common.audit.web.HistoryEntry;
import uk.nhs.icb.caseworkflows.common.consent.web.ConsentView;
import uk.nhs.icb.caseworkflows.common.consent.web.SharingWithoutConsentView;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentView;
import uk.nhs.icb.caseworkflows.common.letters.web.LetterSentView;
import uk.nhs.icb.caseworkflows.common.party.web.PatientView;
import uk.nhs.icb.caseworkflows.common.party.web.PersonView;
import uk.nhs.icb.caseworkflows.common.retention.web.ClosureView;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintCoding;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.domain.JointOrganisation;
import uk.nhs.icb.caseworkflows.complaints.domain.Transfer;

/**
 * The complaint file as a handler reads it: parties, what happened, deadlines, consents, where the
 * process is, how it ended, and who works it now ({@code caseworker}, absent while the team has not
 * taken it), and how it is coded for the national return ({@code coding}). What every case file
 * shows (people, consents, steps, documents, letters, history, closure) is the kit's views, so its
 * JSON is the same in every workflow. A complaint passed to the provider shows its {@code
 * transfer}; one handled jointly its {@code jointHandling}; both are absent otherwise.
 */
public record ComplaintFileView(
    String id,
    String reference,
    String status,
    Receipt receipt,
    PersonView complainant,
    PatientView patient,
    String representativeStanding,
    Relationship representativeRelationship,
    StandingDecided standingDecision,
    String organisationOrService,
    boolean aboutTheIcb,
    List<String> peopleNamed,
    Details details,
    Deadlines deadlines,
    List<ConsentView> consents,
    List<SharingWithoutConsentView> sharingWithoutConsent,
    List<OpenStep> openSteps,
    List<Issue> issues,
    String overallOutcome,
    List<DisclosureMade> disclosures,
    List<Evidence> evidence,
    List<ProviderRequest> providerRequests,
    List<LetterSentView> letters,
    List<HistoryEntry> history,
    ClosureView closure,
    String caseworker,
    Coding coding,
    TransferMade transfer,
    JointlyHandled jointHandling) {

  /** The complaint passed to the provider to handle, and the two consents it relied on. */
  public record TransferMade(
      String provider,
      String whyBetterPlaced,
      String complainantConsentId,
      String shareConsentId,
      Instant transferredAt,
      String transferredBy) {}

  /** Joint handling: the lead (null when the ICB leads) and each organisation, numbered from 1. */
  public record JointlyHandled(
      String leadOrganisation,
      boolean ledByTheIcb,
      Instant agreedAt,
      String agreedBy,
      List<JointOrganisationView> organisations) {}

  /** An organisation: what it was asked, and its answer once recorded. */
  public record JointOrganisationView(
      int number,
      String name,
      String asked,
      Instant askedAt,
      String answer,
      LocalDate answeredOn,
      String answerRecordedBy) {}

  /**
   * How the complaint is counted in the national return (KO41a), as codes (their labels are at
   * {@code /api/complaint-codes}); absent until coded.
   */
  public record Coding(
      List<String> subjects,
      List<String> serviceAreas,
      List<String> professions,
      String complainantStatus,
      String patientAgeBand,
      boolean ageBandFromDateOfBirth,
      Instant codedAt,
      String codedBy) {

    static Coding of(ComplaintCoding coding) {
      return coding.isCoded()
          ? new Coding(
              coding.subjects(),
              coding.serviceAreas(),
              coding.professions(),
              coding.complainantStatus(),
              coding.patientAgeBand(),
              coding.ageBandFromBirthDate(),
              coding.codedAt().orElse(null),
              coding.codedBy())
          : null;
    }
  }

  /** Who the representative is to a patient who has died; description only for OTHER. */
  public record Relationship(String relationship, String description) {}

  /**
   * The decision on the representative's standing; a finding is null when the ground does not ask
   * for it.
   */
  public record StandingDecided(
      boolean accepted,
      Boolean reasonableGrounds,
      Boolean bestInterests,
      String evidenceSeen,
      String reasons,
      Instant decidedAt,
      String decidedBy) {}

  /** The ICB asking the provider for its response; answered once that response is on file. */
  public record ProviderRequest(
      String id,
      String whatIsAsked,
      LocalDate dueBy,
      Instant requestedAt,
      String requestedBy,
      boolean answered) {}

  /** Something the investigation gathered, with the documents attached to it. */
  public record Evidence(
      String id,
      String kind,
      String summary,
      String source,
      LocalDate receivedOn,
      String recordedBy,
      List<DocumentView> documents) {}

  /** An issue of the plan and, once recorded, its outcome. */
  public record Issue(int number, String description, String outcome) {}

  /**
   * What was shared with whom, on which consent (or basis without consent, {@code
   * sharedWithoutConsent}), with the complainant's consent to be named when it named them, when and
   * by whom.
   */
  public record DisclosureMade(
      String whatWasShared,
      String recipient,
      boolean identityDisclosed,
      String consentRecordId,
      boolean sharedWithoutConsent,
      String namingConsentId,
      Instant disclosedAt,
      String disclosedBy) {}

  public record Receipt(String channel, Instant receivedAt, String receivedBy, boolean inTime) {}

  public record Details(
      String whatHappened, LocalDate happenedOn, LocalDate cameToNoticeOn, String desiredOutcome) {}

  public record Deadlines(
      LocalDate acknowledgementDue,
      Instant acknowledgedAt,
      LocalDate responseDue,
      LocalDate sixMonthDate,
      boolean clockStopped) {}

  static ComplaintFileView of(ComplaintFileReading.ComplaintFile file) {
    Complaint complaint = file.complaint();
    List<InvestigationEvidence> evidence = file.evidence();
    return new ComplaintFileView(
        complaint.id(),
        complaint.reference().formatted(),
        complaint.status().name(),
        new Receipt(
            complaint.receipt().channel().name(),
            complaint.receipt().receivedAt(),
            complaint.receipt().receivedBy(),
            complaint.admissibility().isReceivedInTime()),
        PersonView.of(complaint.complainant()),
        complaint.affectedPerson().map(PatientView::of).orElse(null),
        complaint.representation().map(r -> r.standing().name()).orElse(null),
        complaint
            .representation()
            .flatMap(
                r ->
                    r.relationship()
                        .map(
                            kind ->
                                new Relationship(
                                    kind.name(), r.relationshipDescription().orElse(null))))
            .orElse(null),
        complaint
            .standingDecision()
            .map(
                decision ->
                    new StandingDecided(
                        decision.accepted(),
                        decision.reasonableGrounds().orElse(null),
                        decision.bestInterests().orElse(null),
                        decision.evidenceSeen().orElse(null),
                        decision.reasons().orElse(null),
                        decision.decidedAt(),
                        decision.decidedBy()))
            .orElse(null),
        complaint.subject().organisationOrService(),
        complaint.subject().isTheIcbItself(),
        complaint.subject().peopleNamed(),
        new Details(
            complaint.details().whatHappened(),
            complaint.details().happenedOn(),
            complaint.details().cameToNoticeOn(),
            complaint.details().desiredOutcome()),
        new Deadlines(
            complaint.timetable().acknowledgementDue(),
            complaint.timetable().acknowledgedAt().orElse(null),
            complaint.timetable().responseDue().orElse(null),
            complaint.timetable().sixMonthDate(),
            complaint.timetable().isClockStopped()),
        file.consents().stream().map(ConsentView::of).toList(),
        file.sharingWithoutConsent().stream().map(SharingWithoutConsentView::of).toList(),
        file.openSteps().stream().map(OpenStep::of).toList(),
        complaint.plan().issues().stream()
            .map(
                issue ->
                    new Issue(
                        issue.number(),
                        issue.description(),
                        issue.outcome() == null ? null : issue.outcome().name()))
            .toList(),
        complaint.outcome().overall().map(Enum::name).orElse(null),
        complaint.disclosureLog().disclosures().stream()
            .map(
                disclosure ->
                    new DisclosureMade(
                        disclosure.whatWasShared(),
                        disclosure.recipient(),
                        disclosure.identityDisclosed(),
                        disclosure.consentRecordId(),
                        disclosure.sharedWithoutConsent(),
                        disclosure.namingConsentId().orElse(null),
                        disclosure.disclosedAt(),
                        disclosure.disclosedBy()))
            .toList(),
        evidence.stream()
            .map(
                item ->
                    new Evidence(
                        item.id(),
                        item.kind().name(),
                        item.summary(),
                        item.source(),
                        item.receivedOn(),
                        item.recordedBy(),
                        file.documentsOf(item).stream()
                            .map(
                                document ->
                                    DocumentView.of(document, documents(complaint.id(), item.id())))
                            .toList()))
            .toList(),
        file.providerRequests().stream()
            .map(
                request ->
                    new ProviderRequest(
                        request.id(),
                        request.whatIsAsked(),
                        request.dueBy(),
                        request.requestedAt(),
                        request.requestedBy(),
                        evidence.stream().anyMatch(request::isAnsweredBy)))
            .toList(),
        file.letters().stream()
            .map(letter -> LetterSentView.of(Complaint.CASE_TYPE, complaint.id(), letter))
            .toList(),
        file.history().stream().map(HistoryEntry::of).toList(),
        complaint
            .closure()
            .map(
                closure ->
                    new ClosureView(
                        closure.reason().name(),
                        closure.closedAt(),
                        complaint.retentionStartsOn().orElse(null),
                        file.keptUntil().orElse(null)))
            .orElse(null),
        file.caseworker().orElse(null),
        Coding.of(complaint.coding()),
        complaint.transfer().map(ComplaintFileView::transferMade).orElse(null),
        complaint.jointHandling().map(ComplaintFileView::jointlyHandled).orElse(null));
  }

  private static TransferMade transferMade(Transfer transfer) {
    return new TransferMade(
        transfer.provider(),
        transfer.whyBetterPlaced(),
        transfer.complainantConsentId(),
        transfer.shareConsentId(),
        transfer.transferredAt(),
        transfer.transferredBy());
  }

  private static JointlyHandled jointlyHandled(JointHandling handling) {
    List<JointOrganisation> organisations = handling.organisations();
    return new JointlyHandled(
        handling.leadOrganisation().orElse(null),
        handling.isLedByTheIcb(),
        handling.agreedAt(),
        handling.agreedBy(),
        IntStream.range(0, organisations.size())
            .mapToObj(
                i -> {
                  JointOrganisation organisation = organisations.get(i);
                  return new JointOrganisationView(
                      i + 1,
                      organisation.name(),
                      organisation.asked(),
                      organisation.askedAt(),
                      organisation.answer().orElse(null),
                      organisation.answeredOn().orElse(null),
                      organisation.answerRecordedBy().orElse(null));
                })
            .toList());
  }

  /** Where the documents of one piece of evidence are downloaded ({@link ComplaintResource}). */
  static String documents(String complaintId, String evidenceId) {
    return "/api/complaints/" + complaintId + "/evidence/" + evidenceId + "/documents";
  }
}
