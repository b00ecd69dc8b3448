package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.IfrReviews;
import uk.nhs.icb.caseworkflows.ifr.application.IfrScreening;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewGround;

/**
 * The coordinator records a clinician's request for a review of how the decision was made, on one
 * of the three grounds; the panel then decides it.
 */
@ApplicationScoped
public class ReviewRequestForm extends IntroducedForm<FundingRequest> {

  static final String PATH = "review-request";
  static final String GROUND = "ground";
  static final String STATED_CASE = "statedCase";

  private static final List<Fields.Option> GROUNDS =
      Arrays.stream(ReviewGround.values())
          .map(ground -> Fields.Option.of(ground.name(), "That " + ground.description()))
          .toList();

  @Inject IfrReviews reviews;
  @Inject IfrScreening screening;

  public ReviewRequestForm() {
    super(
        PATH,
        "Record a request for review",
        GROUND + "-" + ReviewGround.values()[0].name(),
        Set.of(Roles.IFR_COORDINATOR),
        "A review looks at how the decision was made, not at the clinical merits; it must be asked"
            + " for within 28 days of the decision letter.");
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
  public Map<String, Object> model(FundingRequest request, FormValues typed) {
    return opening(request, typed)
        .radios(GROUND, "On which ground?", null, GROUNDS)
        .textarea(STATED_CASE, "What the clinician says", null)
        .submit("Record the request", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    ReviewGround ground =
        typed.choice(GROUND, ReviewGround.class, ReviewGround.values()[0], "Select the ground");
    String statedCase = typed.text(STATED_CASE, "Enter what the clinician says");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    return "Review requested for "
        + reviews
            .requestReview(caseId, screening.versionOf(caseId), ground, statedCase)
            .reference()
            .formatted();
  }
}
