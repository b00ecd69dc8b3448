package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.NoteForm;
import uk.nhs.icb.caseworkflows.ifr.application.IfrReviews;
import uk.nhs.icb.caseworkflows.ifr.application.IfrScreening;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/** Significant new clinical information: the request goes back to screening on a new clock. */
@ApplicationScoped
public class ReconsiderationForm extends NoteForm<FundingRequest> {

  static final String PATH = "reconsideration";
  static final String NEW_INFORMATION = "newInformation";

  @Inject IfrReviews reviews;
  @Inject IfrScreening screening;

  public ReconsiderationForm() {
    super(
        PATH,
        "Reconsider on new clinical information",
        NEW_INFORMATION,
        Set.of(Roles.IFR_COORDINATOR),
        new Wording(
            "Only significant new clinical information the panel has not seen sends a decided"
                + " request back to screening.",
            "What is the new clinical information?",
            "No more than 4,000 characters.",
            "Enter the new clinical information",
            "Send it back to screening",
            false));
  }

  @Override
  public boolean completesStep() {
    return false;
  }

  @Override
  protected void facts(FundingRequest request, FormModel form) {
    form.fact("Reference", request.reference().formatted());
  }

  @Override
  protected String record(String caseId, String newInformation) {
    return "Request "
        + reviews
            .reconsider(caseId, screening.versionOf(caseId), newInformation)
            .reference()
            .formatted()
        + " is back in screening";
  }
}
