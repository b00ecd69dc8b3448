package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nhs.icb.caseworkflows.common.documents.application.CaseDocuments;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentDownload;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.documents.domain.AttachedTo;
import uk.nhs.icb.caseworkflows.common.documents.domain.CaseDocument;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrRuleException;

/**
 * The evidence the clinician sent with a request (clinic letters, trial results), as the kit's
 * documents: attached while the request is open, each checked for what its bytes are, and found
 * again only through the request.
 */
@ApplicationScoped
public class IfrEvidence {

  /** What an IFR's documents are attached to: the request itself. */
  static final String KIND = "request";

  private final IfrSteps steps;
  private final CaseDocuments documents;

  @Inject
  public IfrEvidence(IfrSteps steps, CaseDocuments documents) {
    this.steps = steps;
    this.documents = documents;
  }

  protected IfrEvidence() {
    this(null, null);
  }

  @Transactional
  public CaseDocument attach(String requestId, DocumentUpload upload) {
    FundingRequest request = steps.file(requestId);
    if (request.isClosed()) {
      throw new IfrRuleException(
          "Request " + request.reference().formatted() + " is closed; it takes no more evidence.");
    }
    CaseDocument document =
        documents.attach(FundingRequest.CASE_TYPE, requestId, attachedTo(requestId), upload);
    steps.audit("IFR_EVIDENCE_ATTACHED", requestId, "a document");
    return document;
  }

  @Transactional
  public DocumentDownload download(String requestId, String documentId) {
    steps.file(requestId);
    return documents.download(
        FundingRequest.CASE_TYPE, requestId, attachedTo(requestId), documentId);
  }

  private static AttachedTo attachedTo(String requestId) {
    return new AttachedTo(KIND, requestId);
  }
}
