package uk.nhs.icb.caseworkflows.chc.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.application.FullAssessment;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/**
 * The team's recommendation, in its own words on the four characteristics; completing it closes the
 * tool and passes the case to the panel. Whatever is still missing is shown beside its field.
 */
@ApplicationScoped
public class RecommendationForm extends ChcStepForm {

  private static final List<Fields.Option> OUTCOMES =
      List.of(
          Fields.Option.of("ELIGIBLE", "Eligible: a primary health need"),
          Fields.Option.of("NOT_ELIGIBLE", "Not eligible"));

  @Inject FullAssessment assessment;

  public RecommendationForm() {
    super(
        "recommendation",
        "Record the team's recommendation",
        "outcome-ELIGIBLE",
        Set.of(Roles.CHC_ASSESSOR),
        "The team recommends; the ICB's panel decides. Explain the recommendation on each of the"
            + " four characteristics of need.",
        true);
  }

  @Override
  public Map<String, Object> model(ChcFile file, FormValues typed) {
    if (!file.chcCase().hasFullAssessment()) {
      throw new NotFoundProblem("This case has no full assessment yet.");
    }
    var tool = file.chcCase().decisionSupportTool();
    return opening(file, typed)
        .fact("Indicators", String.join(" ", tool.indicators().statements()))
        .radios("outcome", "What does the team recommend?", null, OUTCOMES)
        .textarea("nature", "Nature", null)
        .textarea("intensity", "Intensity", null)
        .textarea("complexity", "Complexity", null)
        .textarea("unpredictability", "Unpredictability", null)
        .submit("Record the recommendation", false)
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    String outcome = typed.typed("outcome");
    if (outcome.isEmpty()) {
      typed.errors().add("outcome-ELIGIBLE", "Select the team's recommendation");
    }
    String nature = typed.text("nature", "Enter the reasons on nature");
    String intensity = typed.text("intensity", "Enter the reasons on intensity");
    String complexity = typed.text("complexity", "Enter the reasons on complexity");
    String unpredictability =
        typed.text("unpredictability", "Enter the reasons on unpredictability");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    assessment.recommend(
        caseId,
        null,
        new FullAssessment.RecommendationEntry(
            outcome, nature, intensity, complexity, unpredictability, null));
    return "The team's recommendation was recorded; the panel decides next";
  }
}
