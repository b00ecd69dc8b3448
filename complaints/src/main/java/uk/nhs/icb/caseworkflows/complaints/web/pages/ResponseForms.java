package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.SignOffDecision;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintResponse;
import uk.nhs.icb.caseworkflows.complaints.application.ResponseDraftReading;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintIssue;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;

/** The response: drafted by the handler, signed off or returned by a complaints manager. */
final class ResponseForms {

  /** Rows offered for actions and service improvements; empty rows are ignored. */
  static final int ACTION_ROWS = 3;

  private ResponseForms() {}

  private static List<Fields.Option> outcomes() {
    return List.of(
        Fields.Option.of(IssueOutcome.UPHELD.name(), "Upheld"),
        Fields.Option.of(IssueOutcome.PARTIALLY_UPHELD.name(), "Partially upheld"),
        Fields.Option.of(IssueOutcome.NOT_UPHELD.name(), "Not upheld"));
  }

  @ApplicationScoped
  static class Draft extends StepForm {

    @Inject ComplaintResponse response;
    @Inject Complaints complaints;

    Draft() {
      super("draft-response", "Draft the response", "outcome-1-" + IssueOutcome.UPHELD.name());
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      FormModel form =
          new FormModel(typed)
              .intro(
                  "The overall outcome follows from the outcome of each issue. The final"
                      + " response letter uses your words and tells the complainant about the"
                      + " Parliamentary and Health Service Ombudsman.");
      for (ComplaintIssue issue : file.complaint().plan().issues()) {
        form.radios(
            "outcome-" + issue.number(),
            "Issue " + issue.number() + ": " + issue.description(),
            null,
            outcomes());
      }
      form.textarea("steps", "How the complaint was looked into", "One step per line.")
          .textarea("findings", "What was found", "One finding per line, issue by issue.")
          .textarea("overallSummary", "Summary of the conclusions", null)
          .textarea("apology", "Apology", "Leave empty if there is nothing to apologise for.");
      for (int row = 1; row <= ACTION_ROWS; row++) {
        form.input(
                "action-" + row + "-description",
                "Action or service improvement " + row,
                row == 1 ? "Leave a row empty if there are fewer actions." : null)
            .input("action-" + row + "-owner", "Who owns action " + row, null)
            .date("action-" + row + "-dueBy", "Action " + row + " due by", null);
      }
      return form.yesNo("satisfied", "Is the ICB satisfied the actions will be taken?", null)
          .textarea(
              "followUp",
              "What will be done until then",
              "Needed only if the ICB is not yet satisfied.")
          .submit("Send for sign-off", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      List<IssueOutcome> outcomes = new ArrayList<>();
      int issues = complaints.find(complaintId).map(c -> c.plan().issues().size()).orElse(0);
      for (int number = 1; number <= issues; number++) {
        outcomes.add(
            typed.choice(
                "outcome-" + number,
                IssueOutcome.class,
                IssueOutcome.UPHELD,
                "Select the outcome of issue " + number));
      }
      List<String> steps = typed.lines("steps", "Enter how the complaint was looked into");
      List<String> findings = typed.lines("findings", "Enter what was found");
      String summary = typed.text("overallSummary", "Enter the summary of the conclusions");
      String apology = typed.text("apology", null);
      List<ResponseAction> actions = new ArrayList<>();
      for (int row = 1; row <= ACTION_ROWS; row++) {
        String description = typed.text("action-" + row + "-description", null);
        String owner = typed.text("action-" + row + "-owner", null);
        DateInput.Result due =
            typed.date(
                "action-" + row + "-dueBy", "Action " + row + " due by", description != null);
        if (description == null) {
          continue;
        }
        if (owner == null) {
          typed.errors().add("action-" + row + "-owner", "Enter who owns action " + row);
        }
        if (owner != null && due.value().isPresent()) {
          actions.add(new ResponseAction(description, owner, due.value().get()));
        }
      }
      Boolean satisfied =
          typed.yesNo("satisfied", "Select yes if the ICB is satisfied the actions will be taken");
      String followUp = typed.text("followUp", null);
      if (!typed.errors().isEmpty()) {
        return null;
      }
      response.draft(
          complaintId,
          new ComplaintResponse.Draft(
              outcomes, steps, findings, summary, apology, actions, satisfied, followUp));
      return "The draft response was sent to a complaints manager for sign-off.";
    }
  }

  @ApplicationScoped
  static class SignOff extends StepForm {

    @Inject ComplaintResponse response;

    @Inject ResponseDraftReading drafts;

    static final String RETURN_FOR = "returnFor";
    static final String REDRAFT = "redraft";
    static final String INVESTIGATE = "investigate";

    private static final SignOffDecision SIGN_OFF =
        new SignOffDecision(
            "Signing off sends the final response and closes the complaint.",
            "Sign off and send the final response",
            "Return it to the handler with comments");

    SignOff() {
      super("sign-off", "Sign off the response", SignOffDecision.FIRST_FIELD);
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.COMPLAINTS_MANAGER);
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      FormModel form = new FormModel(typed);
      for (ComplaintIssue issue : file.complaint().plan().issues()) {
        form.fact(
            "Issue " + issue.number() + ": " + issue.description(),
            PageText.words(issue.outcome()));
      }
      form.fact(
          "Overall outcome",
          file.complaint().outcome().overall().map(PageText::words).orElse(null));
      drafts
          .draftOf(file.complaint().id())
          .ifPresent(
              draft -> {
                form.fact("How it was looked into", String.join("\n", draft.steps()))
                    .fact("What was found", String.join("\n", draft.findings()))
                    .fact("Summary", draft.overallSummary())
                    .fact("Apology", draft.apology());
                draft
                    .actions()
                    .forEach(
                        action ->
                            form.fact(
                                "Action",
                                action.description()
                                    + " ("
                                    + action.owner()
                                    + ", by "
                                    + PageText.date(action.dueBy())
                                    + ")"));
              });
      return SIGN_OFF
          .askIn(form)
          .radios(
              RETURN_FOR,
              "If you return it, what for",
              "More investigation opens the investigation again: evidence can be recorded and"
                  + " the organisation complained about asked again before a new draft. Without a"
                  + " choice it goes back for redrafting only.",
              List.of(
                  Fields.Option.of(REDRAFT, "Redrafting only"),
                  Fields.Option.of(INVESTIGATE, "More investigation, then a new draft")))
          .submit("Save the decision", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      Optional<SignOffDecision.Decision> decision = SIGN_OFF.readFrom(typed);
      if (decision.isEmpty()) {
        return null;
      }
      boolean approved = decision.get().approved();
      // Nothing chosen is a return for redrafting, as before the choice existed.
      boolean investigateFurther = INVESTIGATE.equals(typed.text(RETURN_FOR, null));
      if (approved && investigateFurther) {
        typed
            .errors()
            .add(
                RETURN_FOR + "-" + INVESTIGATE,
                "Only a draft you return goes back for more investigation");
        return null;
      }
      if (!approved && investigateFurther) {
        response.returnForInvestigation(complaintId, decision.get().comments());
        return "The complaint went back to its investigation with your comments.";
      }
      response.signOff(complaintId, approved, decision.get().comments());
      return approved
          ? "The response was signed off; the final response letter was sent and the complaint closed."
          : "The draft was returned to the handler with your comments.";
    }
  }
}
