package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileReading.WholeCase;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseRecords;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;
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

  /**
   * Everything a reader may show of one complaint: the file, what is kept beside it, and who works
   * it (empty while it waits for the team to claim it).
   */
  public record ComplaintFile(
      Complaint complaint,
      List<ConsentRecord> consents,
      List<SharingWithoutConsent> sharingWithoutConsent,
      List<InvestigationEvidence> evidence,
      List<DocumentSummary> documents,
      List<ProviderResponseRequest> providerRequests,
      List<CaseTask> openSteps,
      List<LetterSummary> letters,
      List<AuditEvent> history,
      Optional<LocalDate> keptUntil,
      Optional<String> caseworker) {

    /** The documents attached to one piece of its evidence, in the order they came. */
    public List<DocumentSummary> documentsOf(InvestigationEvidence item) {
      return documents.stream().filter(d -> d.isAttachedTo(item.asAttachment())).toList();
    }
  }

  private final ComplaintSteps steps;
  private final CaseFileReading reading;
  private final ComplaintEvidence evidence;
  private final ComplaintEvidenceDocuments documents;
  private final ComplaintProviderResponses providerResponses;

  @Inject
  public ComplaintFileReading(
      ComplaintSteps steps,
      CaseFileReading reading,
      ComplaintEvidence evidence,
      ComplaintEvidenceDocuments documents,
      ComplaintProviderResponses providerResponses) {
    this.steps = steps;
    this.reading = reading;
    this.evidence = evidence;
    this.documents = documents;
    this.providerResponses = providerResponses;
  }

  protected ComplaintFileReading() {
    this(null, null, null, null, null);
  }

  @Transactional
  public <T> T read(String id, Reader<T> reader) {
    WholeCase<Complaint> whole = reading.read(steps, id, "COMPLAINT_READ", "the complaint file");
    CaseRecords beside = whole.records();
    return reader.read(
        new ComplaintFile(
            whole.file(),
            beside.consents(),
            beside.sharingWithoutConsent(),
            evidence.of(id),
            documents.of(id),
            providerResponses.of(id),
            beside.openSteps(),
            beside.letters(),
            beside.history(),
            beside.keptUntil(),
            whole.caseworker()));
  }
}
