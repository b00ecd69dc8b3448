package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.common.web.pages.ReasonedDecisionForm;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTriage;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;

/** The first checks: a late complaint, and whether the complaint is for the ICB at all. */
final class TriageForms {

  private TriageForms() {}

  /** More than 12 months after the event or its discovery: is there a good reason? */
  @ApplicationScoped
  static class LateDecision extends ReasonedDecisionForm<ComplaintFile> {

    @Inject ComplaintTriage triage;

    LateDecision() {
      super(
          "late-decision",
          "Decide on a late complaint",
          ComplaintCaseAccess.COMPLAINTS_TEAM,
          "This complaint was made more than 12 months after what happened, or after the"
              + " complainant found out about it. It can still be looked into if there is a"
              + " good reason and it can still be investigated fairly.",
          List.of(
              new Question(
                  "goodReason",
                  "Is there a good reason it was not made sooner?",
                  "Select yes if there is a good reason"),
              new Question(
                  "fairly",
                  "Can it still be investigated fairly?",
                  "Select yes if it can still be investigated fairly")),
          new Question("note", "Why you decided this", "Enter why you decided this"));
    }

    @Override
    protected void facts(ComplaintFile file, FormModel form) {
      form.fact("What happened", file.complaint().details().whatHappened())
          .fact("When it happened", PageText.date(file.complaint().details().happenedOn()));
    }

    @Override
    protected String decide(String complaintId, Answers answers, String note) {
      boolean goodReason = answers.yes("goodReason");
      boolean fairly = answers.yes("fairly");
      triage.decideOnLateComplaint(complaintId, goodReason, fairly, note);
      return goodReason && fairly
          ? "The late complaint will be looked into."
          : "The complaint was closed as out of time and the letter was sent.";
    }
  }

  /** Is it for the ICB? If not, say where the complainant can go instead. */
  @ApplicationScoped
  static class RemitDecision extends StepForm {

    @Inject ComplaintTriage triage;

    RemitDecision() {
      super("remit-decision", "Check the complaint is for the ICB", "withinRemit-yes");
    }

    @Override
    public Map<String, Object> model(ComplaintFile file, FormValues typed) {
      return new FormModel(typed)
          .fact("Complaint about", file.complaint().subject().organisationOrService())
          .fact("What happened", file.complaint().details().whatHappened())
          .yesNo("withinRemit", "Is this complaint for the ICB to handle?", null)
          .radios(
              "reason",
              "If not, why not?",
              "Answer only if the complaint is not for the ICB.",
              List.of(
                  Fields.Option.of(
                      OutsideRemitReason.ALREADY_WITH_PROVIDER.name(),
                      "The provider is already handling the same complaint"),
                  Fields.Option.of(
                      OutsideRemitReason.WITH_OMBUDSMAN.name(),
                      "The Ombudsman is looking, or has looked, at it"),
                  Fields.Option.of(
                      OutsideRemitReason.NOT_NHS.name(), "It is not about NHS services"),
                  Fields.Option.of(
                      OutsideRemitReason.CHC_DECISION.name(),
                      "It disputes an NHS Continuing Healthcare decision (its own review route)"),
                  Fields.Option.of(
                      OutsideRemitReason.IFR_DECISION.name(),
                      "It disputes an Individual Funding Request decision (its own review"
                          + " route)")))
          .textarea(
              "whereToGo",
              "Where the complainant can go instead",
              "Answer only if the complaint is not for the ICB. The letter quotes this.")
          .submit("Save the decision", false)
          .toMap();
    }

    @Override
    public String submit(String complaintId, FormValues typed) {
      Boolean within = typed.yesNo("withinRemit", "Select yes if the complaint is for the ICB");
      OutsideRemitReason reason = null;
      String whereToGo = null;
      if (Boolean.FALSE.equals(within)) {
        reason =
            typed.choice(
                "reason",
                OutsideRemitReason.class,
                OutsideRemitReason.ALREADY_WITH_PROVIDER,
                "Select why the complaint is not for the ICB");
        whereToGo = typed.text("whereToGo", "Enter where the complainant can go instead");
      }
      if (!typed.errors().isEmpty()) {
        return null;
      }
      triage.decideRemit(complaintId, within, reason, whereToGo);
      return within
          ? "The complaint is for the ICB. Acknowledge it next."
          : "The complaint was closed as outside the ICB's remit and the letter was sent.";
    }
  }
}
