package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.PanelHearing;
import uk.nhs.icb.caseworkflows.ifr.domain.DecisionOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ExceptionalityAnswers;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;

/**
 * The chair decides an urgent request alone, on the same two criteria with reasons; the next panel
 * meeting notes the decision.
 */
@ApplicationScoped
public class ChairsActionForm extends IntroducedForm<FundingRequest> {

  static final String PATH = "chairs-action";

  @Inject PanelHearing hearing;

  public ChairsActionForm() {
    super(
        PATH,
        "Decide by chair's action",
        PanelDecisionForm.DIFFERENT + "-yes",
        Set.of(Roles.IFR_PANEL),
        "An urgent request is decided by the chair and noted at the next panel meeting. Answer"
            + " both criteria with your reasons.");
  }

  @Override
  protected void facts(FundingRequest request, FormModel form) {
    form.fact("Reference", request.reference().formatted());
  }

  @Override
  public Map<String, Object> model(FundingRequest request, FormValues typed) {
    return opening(request, typed)
        .yesNo(PanelDecisionForm.DIFFERENT, ExceptionalityAnswers.SIGNIFICANTLY_DIFFERENT, null)
        .textarea(PanelDecisionForm.DIFFERENT_REASONS, "Your reasons on this criterion", null)
        .yesNo(PanelDecisionForm.BENEFIT, ExceptionalityAnswers.MORE_BENEFIT, null)
        .textarea(PanelDecisionForm.BENEFIT_REASONS, "Your reasons on this criterion", null)
        .radios(
            PanelDecisionForm.OUTCOME,
            "The decision",
            null,
            Fields.Option.words(DecisionOutcome.values()))
        .textarea(PanelDecisionForm.REASONS, "The reasons for the decision", null)
        .textarea(
            PanelDecisionForm.CONDITIONS, "Conditions", "Only for an approval with conditions.")
        .input(
            PanelDecisionForm.FUNDING_MONTHS,
            "Funding period in months",
            "Only for an approval; from today.")
        .date(
            PanelDecisionForm.OUTCOME_REPORT_DUE,
            PanelDecisionForm.OUTCOME_REPORT_LABEL,
            PanelDecisionForm.OUTCOME_REPORT_HINT)
        .submit("Record the decision", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    PanelDecision decision = PanelDecisionForm.decisionTyped(typed, today());
    if (decision == null) {
      return null;
    }
    long version = hearing.standing(caseId).version();
    return "Chair's action recorded for request "
        + hearing.decideByChairsAction(caseId, version, decision).reference().formatted();
  }

  private static LocalDate today() {
    return LocalDate.now(WorkingDayCalendar.LONDON);
  }
}
