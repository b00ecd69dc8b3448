package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentUpload;
import uk.nhs.icb.caseworkflows.common.documents.web.pages.DocumentField;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.IfrEvidence;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * A document of evidence the clinician sent after the request was logged (a clinic letter, test
 * results), checked by its bytes through the kit's upload field while the request is open.
 */
@ApplicationScoped
public class EvidenceForm extends IntroducedForm<FundingRequest> {

  static final String PATH = "evidence";

  @Inject IfrEvidence evidence;
  @Inject DocumentSettings documentSettings;

  public EvidenceForm() {
    super(
        PATH,
        "Attach evidence the clinician sent",
        IfrIntakeForm.EVIDENCE,
        Set.of(Roles.IFR_COORDINATOR),
        "The panel's papers describe the request; the documents stay on the request's file.");
  }

  @Override
  public boolean completesStep() {
    return false;
  }

  private DocumentField field() {
    return new DocumentField(IfrIntakeForm.EVIDENCE, documentSettings.maxBytes());
  }

  @Override
  public Map<String, Object> model(FundingRequest request, FormValues typed) {
    return field()
        .askIn(
            opening(request, typed).fact("Reference", request.reference().formatted()), "Document")
        .submit("Attach the document", false)
        .toMap();
  }

  @Override
  public String submit(String requestId, FormValues typed) {
    Optional<DocumentUpload> document = field().readFrom(typed);
    if (document.isEmpty() && typed.errors().isEmpty()) {
      typed.errors().add(IfrIntakeForm.EVIDENCE, "Choose the document to attach");
    }
    if (!typed.errors().isEmpty()) {
      return null;
    }
    evidence.attach(requestId, document.orElseThrow());
    return "The document was attached";
  }
}
