package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.StandingDecision;

/**
 * Who may complain (regulation 5): may this representative complain for the patient? The form asks
 * only the findings the representative's ground needs; an acceptance without one is refused beside
 * that finding.
 */
@ApplicationScoped
class StandingForm extends StepForm {

  static final String PATH = "standing-decision";

  @Inject ComplaintStanding standing;

  StandingForm() {
    super(PATH, "Decide whether the representative may complain", "accepted-yes");
  }

  @Override
  public Map<String, Object> model(ComplaintFile file, FormValues typed) {
    Complaint complaint = file.complaint();
    FormModel form =
        new FormModel(typed)
            .intro(
                "The complaint goes on only if the ICB accepts the complainant as the patient's"
                    + " representative. If not, a letter tells them why and the complaint closes.")
            .fact("Complainant", complaint.complainant().name())
            .fact("Patient", complaint.affectedPerson().map(AffectedPerson::name).orElse(null));
    // A patient's own complaint never waits here; its form says so rather than failing.
    Optional<Representation> representation = complaint.representation();
    if (representation.isEmpty()) {
      form.intro(
          "This complaint was made by the patient: there is no representative to decide on.");
    }
    representation.ifPresent(
        given ->
            form.fact("Why they act for the patient", StandingWords.ground(given.standing()))
                .fact("Who they are to the patient", StandingWords.relationship(given))
                .fact("Evidence of standing", given.evidence()));
    form.yesNo("accepted", "Can they complain for the patient?", null);
    RepresentativeStanding ground = representation.map(Representation::standing).orElse(null);
    if (ground != null && ground.asksForReasonableGrounds()) {
      form.yesNo(
          "reasonableGrounds",
          "Are there reasonable grounds for them complaining instead of the child?",
          null);
    }
    if (ground != null && ground.asksForBestInterests()) {
      form.yesNo("bestInterests", "Are they acting in the patient's best interests?", null);
    }
    if (ground != null && ground.needsRelationship()) {
      form.textarea(
          "evidenceSeen",
          "Evidence of their standing seen since the complaint was made",
          "For example, grant of probate seen on 3 March.");
    }
    return form.textarea(
            "standingReasons",
            "Your reasons",
            "Needed if they cannot. The letter to the complainant quotes them.")
        .submit("Save the decision", false)
        .toMap();
  }

  @Override
  public String submit(String complaintId, FormValues typed) {
    Boolean accepted = typed.yesNo("accepted", "Select yes if they can complain for the patient");
    // Asked only for the grounds that need them; the use case knows the ground and says which
    // finding an acceptance lacks.
    Boolean reasonableGrounds = answer(typed, "reasonableGrounds");
    Boolean bestInterests = answer(typed, "bestInterests");
    String evidenceSeen = typed.text("evidenceSeen", null);
    String reasons =
        typed.text(
            "standingReasons",
            Boolean.FALSE.equals(accepted)
                ? "Enter why they cannot complain for the patient"
                : null);
    if (!typed.errors().isEmpty()) {
      return null;
    }
    try {
      standing.decide(
          complaintId, accepted, reasonableGrounds, bestInterests, evidenceSeen, reasons);
    } catch (StandingDecision.FindingMissing missing) {
      typed.errors().add(fieldOf(missing.finding()), missing.getMessage());
      return null;
    }
    return accepted
        ? "The representative was accepted. The complaint goes on."
        : "The representative was not accepted: the letter giving the reasons was sent and the"
            + " complaint was closed.";
  }

  private static Boolean answer(FormValues typed, String name) {
    return switch (typed.typed(name)) {
      case "yes" -> true;
      case "no" -> false;
      default -> null;
    };
  }

  private static String fieldOf(StandingDecision.Finding finding) {
    return switch (finding) {
      case REASONABLE_GROUNDS -> "reasonableGrounds-yes";
      case BEST_INTERESTS -> "bestInterests-yes";
      case EVIDENCE -> "evidenceSeen";
    };
  }
}
