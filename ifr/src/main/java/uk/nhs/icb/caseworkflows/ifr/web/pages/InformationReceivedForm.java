package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.ConfirmForm;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.ifr.application.IfrScreening;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/** The clinician sent what was asked for: screening resumes with the paused days given back. */
@ApplicationScoped
public class InformationReceivedForm extends ConfirmForm<FundingRequest> {

  static final String PATH = "information-received";

  @Inject IfrScreening screening;

  public InformationReceivedForm() {
    super(
        PATH,
        "Record the clinician's reply",
        Set.of(Roles.IFR_COORDINATOR),
        "Recording the reply restarts the screening clock; the days it stood still are given back.",
        "Record the reply");
  }

  @Override
  protected void facts(FundingRequest request, FormModel form) {
    form.fact("Reference", request.reference().formatted());
    form.fact("What was asked for", request.screening().note());
  }

  @Override
  protected String confirm(String caseId) {
    return "Reply recorded for request "
        + screening
            .informationReceived(caseId, screening.versionOf(caseId))
            .reference()
            .formatted();
  }
}
