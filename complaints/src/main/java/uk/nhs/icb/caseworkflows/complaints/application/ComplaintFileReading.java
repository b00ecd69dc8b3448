package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditSearch;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.letters.application.CaseLetters;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;
import uk.nhs.icb.caseworkflows.complaints.domain.ProviderResponseRequest;

/** Reads a complaint file whole; a read of identifiable data, so it is audited. */
@ApplicationScoped
public class ComplaintFileReading {

  /** What a reader gets from a file: given to the caller's view inside the transaction. */
  public interface Reader<T> {
    T read(ComplaintFile file);
  }

  /** Everything a reader may show of one complaint: the file and what is kept beside it. */
  public record ComplaintFile(
      Complaint complaint,
      List<ConsentRecord> consents,
      List<InvestigationEvidence> evidence,
      List<DocumentSummary> documents,
      List<ProviderResponseRequest> providerRequests,
      List<CaseTask> openSteps,
      List<LetterSummary> letters,
      List<AuditEvent> history,
      Optional<LocalDate> keptUntil) {

    /** The documents attached to one piece of its evidence, in the order they came. */
    public List<DocumentSummary> documentsOf(InvestigationEvidence item) {
      return documents.stream().filter(d -> d.isAttachedTo(item.asAttachment())).toList();
    }
  }

  private final ComplaintSteps steps;
  private final ComplaintConsentRecords consents;
  private final ComplaintEvidence evidence;
  private final ComplaintEvidenceDocuments documents;
  private final ComplaintProviderResponses providerResponses;
  private final CaseProcesses processes;
  private final CaseLetters letters;
  private final AuditTrail auditTrail;
  private final AuditSearch auditSearch;
  private final RetentionRegister retention;

  @Inject
  public ComplaintFileReading(
      ComplaintSteps steps,
      ComplaintConsentRecords consents,
      ComplaintEvidence evidence,
      ComplaintEvidenceDocuments documents,
      ComplaintProviderResponses providerResponses,
      CaseProcesses processes,
      CaseLetters letters,
      AuditTrail auditTrail,
      AuditSearch auditSearch,
      RetentionRegister retention) {
    this.steps = steps;
    this.consents = consents;
    this.evidence = evidence;
    this.documents = documents;
    this.providerResponses = providerResponses;
    this.processes = processes;
    this.letters = letters;
    this.auditTrail = auditTrail;
    this.auditSearch = auditSearch;
    this.retention = retention;
  }

  protected ComplaintFileReading() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  @Transactional
  public <T> T read(String id, Reader<T> reader) {
    Complaint complaint = steps.file(id);
    auditTrail.record(
        AuditEntry.read("COMPLAINT_READ", Complaint.CASE_TYPE, id, "the complaint file"));
    return reader.read(
        new ComplaintFile(
            complaint,
            consents.of(id),
            evidence.of(id),
            documents.of(id),
            providerResponses.of(id),
            processes.openTasks(id),
            letters.summariesOf(Complaint.CASE_TYPE, id),
            auditSearch.historyOf(Complaint.CASE_TYPE, id),
            retention.record(Complaint.CASE_TYPE, id).map(RetainedRecord::retainUntil)));
  }
}
