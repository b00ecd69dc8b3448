package uk.nhs.icb.caseworkflows.complaints.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;

/**
 * The complaint file as a handler reads it: parties, what happened, deadlines, consents, where the
 * process is, how it ended, and who works it now ({@code caseworker}, absent while the team has not
 * taken it). The NHS number is shown 3-3-4.
 */
public record ComplaintFileView(
    String id,
    String reference,
    String status,
    Receipt receipt,
    Person complainant,
    Patient patient,
    String representativeStanding,
    String organisationOrService,
    List<String> peopleNamed,
    Details details,
    Deadlines deadlines,
    List<Consent> consents,
    List<Step> openSteps,
    List<Issue> issues,
    String overallOutcome,
    List<DisclosureMade> disclosures,
    List<Evidence> evidence,
    List<ProviderRequest> providerRequests,
    List<LetterSent> letters,
    List<HistoryEntry> history,
    Closure closure,
    String caseworker) {

  /** One thing that happened to the file, from the audit trail: when, who, what. */
  public record HistoryEntry(Instant at, String actor, String action, String detail) {}

  /** The ICB asking the provider for its response; answered once that response is on file. */
  public record ProviderRequest(
      String id,
      String whatIsAsked,
      LocalDate dueBy,
      Instant requestedAt,
      String requestedBy,
      boolean answered) {}

  /** A letter the case sent, newest first, with where to download its PDF. */
  public record LetterSent(
      String id, String kind, String title, String recipient, Instant issuedAt, String download) {}

  /** Something the investigation gathered, with the documents attached to it. */
  public record Evidence(
      String id,
      String kind,
      String summary,
      String source,
      LocalDate receivedOn,
      String recordedBy,
      List<Document> documents) {}

  /**
   * A document attached to evidence: the name it came with (for display only), the type found in
   * its bytes, its size and SHA-256, who attached it and when, and where to download it.
   */
  public record Document(
      String id,
      String name,
      String mediaType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt,
      String download) {

    static Document of(String complaintId, String evidenceId, DocumentSummary document) {
      return new Document(
          document.id(),
          document.fileName(),
          document.mediaType(),
          document.sizeBytes(),
          document.sha256(),
          document.uploadedBy(),
          document.uploadedAt(),
          "/api/complaints/"
              + complaintId
              + "/evidence/"
              + evidenceId
              + "/documents/"
              + document.id());
    }
  }

  /** An issue of the plan and, once recorded, its outcome. */
  public record Issue(int number, String description, String outcome) {}

  /** What was shared with whom, on which consent, when and by whom. */
  public record DisclosureMade(
      String whatWasShared,
      String recipient,
      boolean identityDisclosed,
      String consentRecordId,
      Instant disclosedAt,
      String disclosedBy) {}

  public record Receipt(String channel, Instant receivedAt, String receivedBy, boolean inTime) {}

  public record Person(
      String name, List<String> addressLines, String postcode, String telephone, String email) {}

  public record Patient(String name, String nhsNumber, LocalDate dateOfBirth) {}

  public record Details(
      String whatHappened, LocalDate happenedOn, LocalDate cameToNoticeOn, String desiredOutcome) {}

  public record Deadlines(
      LocalDate acknowledgementDue,
      Instant acknowledgedAt,
      LocalDate responseDue,
      LocalDate sixMonthDate,
      boolean clockStopped) {}

  public record Consent(
      String id,
      String whose,
      String purpose,
      String method,
      Instant givenAt,
      Instant withdrawnAt) {}

  public record Step(String id, String key, String name, Instant due, String assignee) {}

  /**
   * How the file closed; its retention runs from the closure date and it is kept until {@code
   * keptUntil}, then reviewed.
   */
  public record Closure(
      String reason, Instant closedAt, LocalDate retentionStartsOn, LocalDate keptUntil) {}

  static ComplaintFileView of(ComplaintFileReading.ComplaintFile file) {
    Complaint complaint = file.complaint();
    List<ConsentRecord> consents = file.consents();
    List<InvestigationEvidence> evidence = file.evidence();
    List<CaseTask> steps = file.openSteps();
    Party complainant = complaint.complainant();
    return new ComplaintFileView(
        complaint.id(),
        complaint.reference().formatted(),
        complaint.status().name(),
        new Receipt(
            complaint.receipt().channel().name(),
            complaint.receipt().receivedAt(),
            complaint.receipt().receivedBy(),
            complaint.admissibility().isReceivedInTime()),
        new Person(
            complainant.name(),
            complainant.addressLines(),
            complainant.postcode(),
            complainant.telephone(),
            complainant.email()),
        complaint.affectedPerson().map(ComplaintFileView::patient).orElse(null),
        complaint.representation().map(r -> r.standing().name()).orElse(null),
        complaint.subject().organisationOrService(),
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
        consents.stream().map(ComplaintFileView::consent).toList(),
        steps.stream()
            .map(
                step ->
                    new Step(
                        step.id(), step.definitionKey(), step.name(), step.due(), step.assignee()))
            .toList(),
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
                            .map(document -> Document.of(complaint.id(), item.id(), document))
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
            .map(
                letter ->
                    new LetterSent(
                        letter.id(),
                        letter.kind(),
                        letter.title(),
                        letter.recipientName(),
                        letter.createdAt(),
                        "/api/cases/"
                            + Complaint.CASE_TYPE
                            + "/"
                            + complaint.id()
                            + "/letters/"
                            + letter.id()))
            .toList(),
        file.history().stream()
            .map(
                event ->
                    new HistoryEntry(
                        event.occurredAt(), event.actor(), event.action(), event.detail()))
            .toList(),
        complaint
            .closure()
            .map(
                closure ->
                    new Closure(
                        closure.reason().name(),
                        closure.closedAt(),
                        complaint.retentionStartsOn().orElse(null),
                        file.keptUntil().orElse(null)))
            .orElse(null),
        file.caseworker().orElse(null));
  }

  private static Patient patient(AffectedPerson person) {
    return new Patient(person.name(), person.nhsNumber().formatted(), person.dateOfBirth());
  }

  private static Consent consent(ConsentRecord record) {
    return new Consent(
        record.id(),
        record.subject().roleInCase(),
        record.purpose().name(),
        record.method().name(),
        record.givenAt(),
        record.withdrawal() == null ? null : record.withdrawal().withdrawnAt());
  }
}
