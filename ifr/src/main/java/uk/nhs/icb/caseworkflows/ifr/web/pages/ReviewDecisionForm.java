package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentityRedaction;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.IfrReviews;
import uk.nhs.icb.caseworkflows.ifr.application.PanelHearing;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewOutcome;

/** The review panel's finding: the decision stands, or a new panel hears the request again. */
@ApplicationScoped
public class ReviewDecisionForm extends IntroducedForm<FundingRequest> {

  static final String PATH = "review-decision";
  static final String OUTCOME = "outcome";
  static final String REASONS = "reasons";

  private static final List<Fields.Option> OUTCOMES =
      List.of(
          Fields.Option.of(ReviewOutcome.UPHELD.name(), "Upheld: the decision was made properly"),
          Fields.Option.of(
              ReviewOutcome.REFERRED_BACK.name(), "Referred back: a new panel hears the request"));

  @Inject IfrReviews reviews;
  @Inject PanelHearing hearing;

  public ReviewDecisionForm() {
    super(
        PATH,
        "Decide the review",
        OUTCOME + "-" + ReviewOutcome.UPHELD.name(),
        Set.of(Roles.IFR_PANEL),
        "A review looks at how the decision was made, not at the clinical merits.");
  }

  @Override
  protected void facts(FundingRequest request, FormModel form) {
    form.fact("Reference", request.reference().formatted());
    request
        .review()
        .ifPresent(
            review -> {
              form.fact("Ground", "That " + review.ground().description());
              // The stated case may name the patient: the panel reads it without them.
              form.fact(
                  "What the clinician says",
                  new KnownIdentityRedaction(request.knownIdentities())
                      .redact(review.statedCase()));
            });
  }

  @Override
  public Map<String, Object> model(FundingRequest request, FormValues typed) {
    return opening(request, typed)
        .radios(OUTCOME, "The review's finding", null, OUTCOMES)
        .textarea(REASONS, "The reasons", "The letter to the clinician quotes them.")
        .submit("Record the finding", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    ReviewOutcome outcome =
        typed.choice(OUTCOME, ReviewOutcome.class, ReviewOutcome.UPHELD, "Select the finding");
    String reasons = typed.text(REASONS, "Enter the reasons");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    long version = hearing.standing(caseId).version();
    return "Review decided for request "
        + reviews.decideReview(caseId, version, outcome, reasons).reference().formatted();
  }
}
