package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentDownload;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.documents.domain.CaseDocument;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;

/**
 * The documents of a complaint's evidence. A document is reached only through its complaint and its
 * evidence: another complaint's evidence, or another evidence's document, is not found (404).
 * Documents are attached while the investigation is open, as evidence is recorded (409 otherwise:
 * the response is drafted from what was gathered), and can be downloaded for as long as the
 * complaint is kept.
 */
@ApplicationScoped
public class ComplaintEvidenceDocuments {

  private final ComplaintSteps steps;
  private final ComplaintEvidence evidence;
  private final CaseDocuments documents;

  @Inject
  public ComplaintEvidenceDocuments(
      ComplaintSteps steps, ComplaintEvidence evidence, CaseDocuments documents) {
    this.steps = steps;
    this.evidence = evidence;
    this.documents = documents;
  }

  protected ComplaintEvidenceDocuments() {
    this(null, null, null);
  }

  @Transactional
  public CaseDocument attach(String complaintId, String evidenceId, DocumentUpload upload) {
    Complaint complaint = steps.file(complaintId);
    InvestigationEvidence item = evidence.find(complaintId, evidenceId);
    steps.openStep(complaint, ComplaintTask.INVESTIGATE, "new documents");
    item.requireMayTakeDocuments(complaint);
    return documents.attach(Complaint.CASE_TYPE, complaintId, item.asAttachment(), upload);
  }

  @Transactional
  public DocumentDownload download(String complaintId, String evidenceId, String documentId) {
    steps.file(complaintId);
    InvestigationEvidence item = evidence.find(complaintId, evidenceId);
    return documents.download(Complaint.CASE_TYPE, complaintId, item.asAttachment(), documentId);
  }

  /** The complaint's documents, for a read of the file that is audited as a whole. */
  public List<DocumentSummary> of(String complaintId) {
    return documents.summariesOf(Complaint.CASE_TYPE, complaintId);
  }
}
