package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.IfrScreening;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;

/**
 * The coordinator's screening: is the request complete, is it an IFR at all (a policy covers it, it
 * is a service development, NHS England commissions it), or is more needed from the clinician.
 */
@ApplicationScoped
public class ScreeningForm extends IntroducedForm<FundingRequest> {

  static final String PATH = "screen";
  static final String OUTCOME = "outcome";
  static final String NOTE = "note";

  private static final List<Fields.Option> OUTCOMES =
      List.of(
          new Fields.Option(
              ScreeningOutcome.ACCEPTED.name(),
              "Complete and an IFR: put it to the panel",
              "The 40-working-day clock to a decision starts today."),
          new Fields.Option(
              ScreeningOutcome.MORE_INFORMATION.name(),
              "Ask the clinician for more information",
              "The screening clock stops until they reply; say what is missing below."),
          new Fields.Option(
              ScreeningOutcome.POLICY_COVERS.name(),
              "An ICB policy covers this treatment",
              "The clinician is told to use the policy's route."),
          new Fields.Option(
              ScreeningOutcome.SERVICE_DEVELOPMENT.name(),
              "A service development: other similar patients could benefit",
              "It goes to the policy process instead."),
          new Fields.Option(
              ScreeningOutcome.NHS_ENGLAND.name(),
              "NHS England commissions this treatment",
              "The clinician is redirected to NHS England's IFR route."));

  @Inject IfrScreening screening;

  public ScreeningForm() {
    super(
        PATH,
        "Screen the request",
        OUTCOME + "-" + ScreeningOutcome.ACCEPTED.name(),
        Set.of(Roles.IFR_COORDINATOR),
        "Check the request is complete and is an individual funding request.");
  }

  @Override
  protected void facts(FundingRequest request, FormModel form) {
    form.fact("Reference", request.reference().formatted());
    form.fact("Why exceptional", request.treatment().whyExceptional());
    form.fact("Screening due", Text.day(request.screening().due()));
  }

  @Override
  public Map<String, Object> model(FundingRequest request, FormValues typed) {
    return opening(request, typed)
        .radios(OUTCOME, "What did screening find?", null, OUTCOMES)
        .textarea(NOTE, "Why, or what is missing", "The letter to the clinician quotes this.")
        .submit("Save the screening", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    ScreeningOutcome outcome =
        typed.choice(
            OUTCOME,
            ScreeningOutcome.class,
            ScreeningOutcome.ACCEPTED,
            "Select what screening found");
    String note = typed.text(NOTE, "Enter why, or what is missing");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    long version = screening.versionOf(caseId);
    return "Request "
        + screening.screen(caseId, version, outcome, note).reference().formatted()
        + " screened";
  }
}
