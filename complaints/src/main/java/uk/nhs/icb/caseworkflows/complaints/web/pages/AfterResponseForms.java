package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.application.AfterResponseReading;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.LearningActions;
import uk.nhs.icb.caseworkflows.complaints.application.OmbudsmanReview;
import uk.nhs.icb.caseworkflows.complaints.application.StaffSupport;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;

/**
 * The pages of what happens after the response (issue 14 points 12 to 14), beside their REST
 * endpoints: a referral to the Ombudsman and its decision, an action done, and staff told of the
 * complaint. Each records something beside the complaint, so none completes a step of its process
 * except an action done, which ends that action's own step.
 */
final class AfterResponseForms {

  /** Rows offered for the Ombudsman's recommendations; empty rows are ignored. */
  static final int RECOMMENDATION_ROWS = 3;

  private AfterResponseForms() {}

  /** The complainant went to the Ombudsman: when the ICB learnt of it, and its reference. */
  @ApplicationScoped
  static class Referral extends StepForm {

    static final String PATH = "ombudsman-referral";

    @Inject OmbudsmanReview review;

    Referral() {
      super(PATH, "Record a referral to the Ombudsman", "referredOn-day");
    }

    @Override
    public boolean completesStep() {
      return false;
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .intro(
              "Record that the complainant has asked the Parliamentary and Health Service"
                  + " Ombudsman to look at their complaint. Its decision is recorded when it"
                  + " comes.")
          .date("referredOn", "When the ICB learnt of the referral", "For example, 2 12 2026")
          .input("ombudsmanReference", "The Ombudsman's reference", "If it gave one.")
          .submit("Record the referral", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      DateInput.Result referredOn =
          typed.date("referredOn", "When the ICB learnt of the referral", true);
      String reference = typed.text("ombudsmanReference", null);
      if (!typed.errors().isEmpty()) {
        return null;
      }
      review.refer(complaintId, referredOn.value().orElseThrow(), reference);
      return "The referral to the Ombudsman was recorded.";
    }
  }

  /** The Ombudsman's decision on a referral awaiting one, with its recommendations. */
  @ApplicationScoped
  static class Decision extends StepForm {

    static final String PATH = "ombudsman-decision";

    @Inject OmbudsmanReview review;
    @Inject AfterResponseReading reading;

    Decision() {
      super(PATH, "Record the Ombudsman's decision", "referral");
    }

    @Override
    public boolean completesStep() {
      return false;
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      List<Fields.Option> awaiting = awaiting(file.complaint().id());
      FormModel form =
          new FormModel(typed)
              .intro(
                  "Each recommendation becomes an action followed to completion, like those the"
                      + " response promised. Only a complaint the Ombudsman upheld, in whole or in"
                      + " part, carries recommendations.")
              .radios("referral", "Which referral", null, awaiting)
              .radios(
                  "decision",
                  "The Ombudsman's decision",
                  null,
                  List.of(OmbudsmanDecision.values()).stream()
                      .map(d -> Fields.Option.of(d.name(), PageText.sentence(d.words())))
                      .toList())
              .date("decidedOn", "When the Ombudsman decided", "For example, 2 12 2026")
              .textarea("decisionSummary", "What the Ombudsman said", null);
      for (int row = 1; row <= RECOMMENDATION_ROWS; row++) {
        form.input(
                "recommendation-" + row + "-description",
                "Recommendation " + row,
                row == 1 ? "Leave a row empty if there are fewer recommendations." : null)
            .input("recommendation-" + row + "-owner", "Who owns recommendation " + row, null)
            .date("recommendation-" + row + "-dueBy", "Recommendation " + row + " due by", null);
      }
      return form.submit("Record the decision", false).toMap();
    }

    private List<Fields.Option> awaiting(String complaintId) {
      return reading.of(complaintId).referrals().stream()
          .filter(referral -> referral.decision().isEmpty())
          .map(Decision::option)
          .toList();
    }

    private static Fields.Option option(OmbudsmanReferral referral) {
      return Fields.Option.of(
          referral.id(),
          "Referred "
              + PageText.date(referral.referredOn())
              + referral.ombudsmanReference().map(ref -> " (" + ref + ")").orElse(""));
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      String referral = typed.text("referral", null);
      if (referral == null) {
        typed.errors().add("referral", "Select the referral the decision is on");
      }
      OmbudsmanDecision decision =
          typed.choice(
              "decision",
              OmbudsmanDecision.class,
              OmbudsmanDecision.NOT_INVESTIGATED,
              "Select the Ombudsman's decision");
      DateInput.Result decidedOn = typed.date("decidedOn", "When the Ombudsman decided", true);
      String summary = typed.text("decisionSummary", null);
      List<ResponseAction> recommendations = recommendations(typed);
      if (decision != null && !decision.mayRecommend() && !recommendations.isEmpty()) {
        typed
            .errors()
            .add(
                "recommendation-1-description",
                "Recommendations follow only a complaint the Ombudsman upheld in whole or in"
                    + " part");
      }
      if (!typed.errors().isEmpty()) {
        return null;
      }
      review.decide(
          complaintId,
          referral,
          decision,
          decidedOn.value().orElseThrow(),
          summary,
          recommendations);
      return recommendations.isEmpty()
          ? "The Ombudsman's decision was recorded."
          : "The Ombudsman's decision was recorded; each recommendation is now an action to"
              + " follow.";
    }

    private static List<ResponseAction> recommendations(FormValues typed) {
      List<ResponseAction> recommended = new ArrayList<>();
      for (int row = 1; row <= RECOMMENDATION_ROWS; row++) {
        String description = typed.text("recommendation-" + row + "-description", null);
        String owner = typed.text("recommendation-" + row + "-owner", null);
        DateInput.Result due =
            typed.date(
                "recommendation-" + row + "-dueBy",
                "Recommendation " + row + " due by",
                description != null);
        if (description == null) {
          continue;
        }
        if (owner == null) {
          typed
              .errors()
              .add("recommendation-" + row + "-owner", "Enter who owns recommendation " + row);
        }
        if (owner != null && due.value().isPresent()) {
          recommended.add(new ResponseAction(description, owner, due.value().get()));
        }
      }
      return recommended;
    }
  }

  /** An action promised after the complaint is done; its step ends with it. */
  @ApplicationScoped
  static class ActionDone extends StepForm {

    static final String PATH = "action-done";

    @Inject LearningActions actions;
    @Inject AfterResponseReading reading;

    ActionDone() {
      super(PATH, "Record an action done", "action");
    }

    @Override
    public boolean completesStep() {
      return false;
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      List<Fields.Option> open =
          reading.of(file.complaint().id()).actions().stream()
              .filter(action -> !action.isDone())
              .map(ActionDone::option)
              .toList();
      return new FormModel(typed)
          .radios("action", "Which action", null, open)
          .textarea("actionNote", "What was done", "This stays on the complaint's file.")
          .submit("Record it done", false)
          .toMap();
    }

    private static Fields.Option option(LearningAction action) {
      return Fields.Option.of(
          action.id(),
          action.description()
              + " ("
              + action.owner()
              + ", due "
              + PageText.date(action.dueBy())
              + ")");
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      String action = typed.text("action", null);
      if (action == null) {
        typed.errors().add("action", "Select the action that was done");
      }
      String note = typed.text("actionNote", "Enter what was done");
      if (!typed.errors().isEmpty()) {
        return null;
      }
      actions.complete(complaintId, action, note);
      return "The action was recorded as done.";
    }
  }

  /** A member of staff named in the complaint was told of it and offered support. */
  @ApplicationScoped
  static class StaffTold extends StepForm {

    static final String PATH = "staff-told";

    @Inject StaffSupport support;

    StaffTold() {
      super(PATH, "Record staff told of the complaint", "staffName");
    }

    @Override
    public boolean completesStep() {
      return false;
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .intro(
              "Staff named in a complaint are told of it and offered support (PHSO NHS Complaint"
                  + " Standards). The audit trail records that it happened, not the name.")
          .input("staffName", "Name", null)
          .input("staffRole", "Role", null)
          .date("toldOn", "When they were told", "For example, 2 12 2026")
          .textarea("supportOffered", "Support offered", null)
          .yesNo("supportAccepted", "Did they take up the support?", null)
          .submit("Record it", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      String name = typed.text("staffName", "Enter the name of the member of staff");
      String role = typed.text("staffRole", "Enter their role");
      DateInput.Result toldOn = typed.date("toldOn", "When they were told", true);
      String offered = typed.text("supportOffered", "Enter the support offered");
      Boolean accepted = typed.yesNo("supportAccepted", "Select yes if they took up the support");
      if (!typed.errors().isEmpty()) {
        return null;
      }
      LocalDate day = toldOn.value().orElseThrow();
      support.record(complaintId, name, role, day, offered, accepted);
      return "Recorded that " + name + " was told of the complaint.";
    }
  }
}
