package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.ReasonedDecisionForm;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintPlanning;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintPlan;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;

/** The complaint plan, and the decisions about naming the complainant to those complained about. */
final class PlanningForms {

  private PlanningForms() {}

  @ApplicationScoped
  static class Plan extends StepForm {

    @Inject ComplaintPlanning planning;

    Plan() {
      super("plan", "Agree the complaint plan", "issues");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .fact("What happened", file.complaint().details().whatHappened())
          .fact("Outcome wanted", file.complaint().details().desiredOutcome())
          .textarea(
              "issues",
              "The issues to investigate",
              "One issue per line, as agreed with the complainant.")
          .radios(
              "investigatedBy",
              "Who investigates?",
              null,
              List.of(
                  Fields.Option.of(Investigator.ICB.name(), "The ICB"),
                  Fields.Option.of(
                      Investigator.PROVIDER.name(),
                      "The provider, at the ICB's request (needs consent to share)")))
          .date(
              "agreedResponseDate",
              "Agreed response date",
              "Leave empty for the standard 25 working days. For example, 15 3 2027")
          .yesNo(
              "anonymityRequested",
              "Has the complainant asked not to be named to those complained about?",
              null)
          .submit("Agree the plan", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      List<String> issues = typed.lines("issues", "Enter at least one issue to investigate");
      Investigator investigator =
          typed.choice(
              "investigatedBy", Investigator.class, Investigator.ICB, "Select who investigates");
      DateInput.Result agreed = typed.date("agreedResponseDate", "Agreed response date", false);
      Boolean anonymity =
          typed.yesNo("anonymityRequested", "Select yes if the complainant asked not to be named");
      if (issues.size() > 20) {
        typed.errors().add("issues", "Enter 20 issues or fewer");
      }
      if (!typed.errors().isEmpty()) {
        return null;
      }
      LocalDate date = agreed.value().orElse(null);
      planning.agreePlan(complaintId, new ComplaintPlan(issues, investigator, date), anonymity);
      return anonymity
          ? "The plan was agreed. Decide next whether it can be investigated without naming the complainant."
          : "The plan was agreed and those complained about were told.";
    }
  }

  @ApplicationScoped
  static class Anonymity extends ReasonedDecisionForm<ComplaintFile> {

    @Inject ComplaintPlanning planning;

    Anonymity() {
      super(
          "anonymity-decision",
          "Decide whether it can be investigated anonymously",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          "The complainant asked not to be named to those complained about. If it cannot be"
              + " investigated without naming them, they are told and choose whether to go on.",
          List.of(
              new Question(
                  "anonymous",
                  "Can it be investigated without naming the complainant?",
                  "Select yes if it can be investigated without naming them")),
          new Question("reason", "Why", "Enter why"));
    }

    @Override
    protected String decide(String complaintId, Answers answers, String reason) {
      boolean anonymous = answers.yes("anonymous");
      planning.decideAnonymity(complaintId, anonymous, reason);
      return anonymous
          ? "Those complained about were told without naming the complainant."
          : "The complainant was told their name is needed.";
    }
  }

  @ApplicationScoped
  static class Choice extends StepForm {

    @Inject ComplaintPlanning planning;

    Choice() {
      super("complainant-choice", "Record the complainant's choice", "proceed-yes");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .intro(
              "The complaint cannot be investigated without naming the complainant. They choose"
                  + " to be named, which needs their consent on file, or to withdraw.")
          .radios(
              "proceed",
              "What did the complainant choose?",
              null,
              List.of(
                  Fields.Option.of("yes", "To be named and go on"),
                  Fields.Option.of("no", "To withdraw the complaint")))
          .submit("Save the choice", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      Boolean proceed = typed.yesNo("proceed", "Select what the complainant chose");
      if (!typed.errors().isEmpty()) {
        return null;
      }
      planning.recordChoice(complaintId, proceed);
      return proceed
          ? "Those complained about were told, naming the complainant."
          : "The complaint was withdrawn.";
    }
  }
}
