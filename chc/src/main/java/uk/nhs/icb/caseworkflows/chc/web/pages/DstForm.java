package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.application.FullAssessment;
import uk.nhs.icb.caseworkflows.chc.application.RatingEntry;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.chc.domain.MdtMember;
import uk.nhs.icb.caseworkflows.chc.domain.Profession;
import uk.nhs.icb.caseworkflows.chc.domain.ViewGivenBy;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.DateInput;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * The Decision Support Tool as a long form, saved as often as the team likes: the twelve domains,
 * each offering only the levels it has; the team (up to {@value #MEMBERS} people here); the
 * individual's invitation and view. What is still missing and the indicators are shown at the top;
 * the software never turns them into a result.
 */
@ApplicationScoped
public class DstForm extends ChcStepForm {

  static final int MEMBERS = 4;

  @Inject FullAssessment assessment;

  public DstForm() {
    super(
        "dst",
        "Fill in the Decision Support Tool",
        "level-" + CareDomain.values()[0].name(),
        Set.of(Roles.CHC_ASSESSOR),
        "Rate each domain at one of its levels with the evidence, record the team and the"
            + " individual's view. Save as often as you like; the team recommends once nothing is"
            + " missing.",
        false);
  }

  static String level(CareDomain domain) {
    return "level-" + domain.name();
  }

  static String evidence(CareDomain domain) {
    return "evidence-" + domain.name();
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    if (!file.chcCase().hasFullAssessment()) {
      throw new NotFoundProblem("This case has no full assessment yet.");
    }
    DecisionSupportTool tool = file.chcCase().decisionSupportTool();
    boolean firstView =
        Arrays.stream(CareDomain.values()).allMatch(domain -> typed.typed(level(domain)).isEmpty())
            && typed.typed("member-1-name").isEmpty()
            && typed.typed("view").isEmpty();
    FormModel form = opening(file, firstView ? saved(tool) : typed);
    List<String> missing = tool.missingBeforeRecommendation();
    form.fact(
        "Still missing",
        missing.isEmpty() ? "Nothing: the team can recommend" : String.join(" ", missing));
    form.fact("Indicators", String.join(" ", tool.indicators().statements()));
    for (CareDomain domain : CareDomain.values()) {
      List<Fields.Option> levels =
          domain.levels().stream()
              .map(level -> Fields.Option.of(level.name(), level.title()))
              .toList();
      form.radios(level(domain), domain.title(), null, levels);
      form.textarea(evidence(domain), "Evidence for " + domain.title(), null);
    }
    List<Fields.Option> professions = Fields.Option.words(Profession.values());
    for (int i = 1; i <= MEMBERS; i++) {
      form.input(
          "member-" + i + "-name", "Team member " + i + ": name", i <= 2 ? "At least two" : null);
      form.radios(
          "member-" + i + "-profession", "Team member " + i + ": profession", null, professions);
    }
    form.date("invitedOn", "When was the individual or their representative invited?", null);
    form.radios(
        "givenBy", "Whose view is recorded?", null, Fields.Option.words(ViewGivenBy.values()));
    form.textarea("view", "Their view of their needs", "Or why no view was given");
    return form.submit("Save the Decision Support Tool", false).toMap();
  }

  private static FormValues saved(DecisionSupportTool tool) {
    Map<String, String> answers = new HashMap<>();
    tool.ratings()
        .forEach(
            rating -> {
              answers.put(level(rating.domain()), rating.level().name());
              answers.put(evidence(rating.domain()), rating.evidence());
            });
    List<MdtMember> members = tool.team().members();
    for (int i = 0; i < members.size() && i < MEMBERS; i++) {
      answers.put("member-" + (i + 1) + "-name", members.get(i).name());
      answers.put("member-" + (i + 1) + "-profession", members.get(i).profession().name());
    }
    tool.individualsView()
        .ifPresent(
            view -> {
              answers.put("invitedOn-day", String.valueOf(view.invitedOn().getDayOfMonth()));
              answers.put("invitedOn-month", String.valueOf(view.invitedOn().getMonthValue()));
              answers.put("invitedOn-year", String.valueOf(view.invitedOn().getYear()));
              answers.put("givenBy", view.givenBy().name());
              answers.put("view", view.view());
            });
    return FormValues.of(answers, ChcPages.LIMITS);
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    List<RatingEntry> ratings = new ArrayList<>();
    for (CareDomain domain : CareDomain.values()) {
      String level = typed.typed(level(domain));
      String evidence = typed.text(evidence(domain), null);
      if (!level.isEmpty()) {
        if (evidence == null) {
          typed.errors().add(evidence(domain), "Enter the evidence for " + domain.title());
        }
        ratings.add(new RatingEntry(domain.name(), level, evidence));
      }
    }
    List<FullAssessment.MemberEntry> team = new ArrayList<>();
    for (int i = 1; i <= MEMBERS; i++) {
      String name = typed.text("member-" + i + "-name", null);
      Profession profession =
          typed.choice(
              "member-" + i + "-profession", Profession.class, Profession.values()[0], null);
      if (name != null || profession != null) {
        if (name == null) {
          typed.errors().add("member-" + i + "-name", "Enter the name of team member " + i);
        }
        if (profession == null) {
          typed
              .errors()
              .add(
                  "member-" + i + "-profession-" + Profession.values()[0].name(),
                  "Select the profession of team member " + i);
        }
        team.add(
            new FullAssessment.MemberEntry(name, profession == null ? null : profession.name()));
      }
    }
    DateInput.Result invited = typed.date("invitedOn", "date invited", false);
    String givenBy = typed.typed("givenBy");
    String view = typed.text("view", null);
    if (!typed.errors().isEmpty()) {
      return null;
    }
    boolean viewGiven = invited.value().isPresent() || !givenBy.isEmpty() || view != null;
    assessment.saveDraft(
        caseId,
        null,
        new FullAssessment.DraftEntry(
            ratings,
            team.isEmpty() ? null : team,
            viewGiven
                ? new FullAssessment.ViewEntry(invited.value().orElse(null), givenBy, view)
                : null));
    return "The Decision Support Tool was saved";
  }
}
