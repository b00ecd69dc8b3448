package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.CharacteristicsOfNeed;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.chc.domain.IndividualsView;
import uk.nhs.icb.caseworkflows.chc.domain.MdtMember;
import uk.nhs.icb.caseworkflows.chc.domain.MdtRecommendation;
import uk.nhs.icb.caseworkflows.chc.domain.MultidisciplinaryTeam;
import uk.nhs.icb.caseworkflows.chc.domain.NeedLevel;
import uk.nhs.icb.caseworkflows.chc.domain.Profession;
import uk.nhs.icb.caseworkflows.chc.domain.RecommendedOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.ViewGivenBy;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * The full assessment on the Decision Support Tool: the team saves what it has (ratings, its
 * members, the individual's view) as often as it likes, and the tool says what is still missing;
 * the recommendation, written by the team with its reasons, completes the step. The software shows
 * the indicators but never decides.
 */
@ApplicationScoped
public class FullAssessment {

  /** A member of the team as typed. */
  public record MemberEntry(String name, String profession) {}

  /** The individual's part as typed. */
  public record ViewEntry(LocalDate invitedOn, String givenBy, String view) {}

  /** What a save may carry; any part may be absent (null). */
  public record DraftEntry(List<RatingEntry> ratings, List<MemberEntry> team, ViewEntry view) {}

  /** The team's recommendation as typed. */
  public record RecommendationEntry(
      String outcome,
      String nature,
      String intensity,
      String complexity,
      String unpredictability,
      LocalDate madeOn) {}

  private final ChcSteps steps;

  @Inject
  public FullAssessment(ChcSteps steps) {
    this.steps = steps;
  }

  protected FullAssessment() {
    this(null);
  }

  @Transactional
  public ChcCase saveDraft(String id, Long versionSeen, DraftEntry draft) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    steps.openStep(chcCase, ChcTask.FULL_ASSESSMENT, "its full assessment");
    DecisionSupportTool tool = chcCase.decisionSupportTool();
    List<RatingEntry> ratings = draft.ratings() == null ? List.of() : draft.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      rate(tool, ratings.get(i), "ratings[" + i + "]");
    }
    if (draft.team() != null) {
      tool.recordTeam(team(draft.team()));
    }
    if (draft.view() != null) {
      tool.recordIndividualsView(view(draft.view()));
    }
    steps.audit(
        "CHC_DST_SAVED",
        id,
        ratings.size() + " domains rated; " + tool.emptyDomains().size() + " still empty");
    return chcCase;
  }

  private static void rate(DecisionSupportTool tool, RatingEntry entry, String field) {
    CareDomain domain =
        RatingEntry.choice(CareDomain.class, entry.domain(), field + ".domain", "a domain");
    NeedLevel level =
        RatingEntry.choice(NeedLevel.class, entry.level(), field + ".level", "a level");
    if (!domain.has(level)) {
      throw new InvalidInputException(
          field + ".level",
          domain.title()
              + " has no "
              + level.title()
              + " level in the Decision Support Tool. Choose one of: "
              + domain.levelTitles()
              + ".");
    }
    try {
      tool.rate(domain, level, entry.evidence());
    } catch (ChcRuleException refused) {
      throw new InvalidInputException(field + ".evidence", refused.getMessage());
    }
  }

  private static MultidisciplinaryTeam team(List<MemberEntry> entries) {
    List<MdtMember> members = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String field = "team[" + i + "]";
      MemberEntry entry = entries.get(i);
      Profession profession =
          RatingEntry.choice(
              Profession.class, entry.profession(), field + ".profession", "a profession");
      try {
        members.add(new MdtMember(entry.name(), profession));
      } catch (ChcRuleException refused) {
        throw new InvalidInputException(field + ".name", refused.getMessage());
      }
    }
    return new MultidisciplinaryTeam(members);
  }

  private IndividualsView view(ViewEntry entry) {
    ViewGivenBy givenBy =
        RatingEntry.choice(ViewGivenBy.class, entry.givenBy(), "view.givenBy", "who gave the view");
    if (entry.invitedOn() != null && entry.invitedOn().isAfter(steps.today())) {
      throw new InvalidInputException("view.invitedOn", "The invitation cannot be in future.");
    }
    try {
      return new IndividualsView(entry.invitedOn(), givenBy, entry.view());
    } catch (ChcRuleException refused) {
      throw new InvalidInputException(
          entry.invitedOn() == null ? "view.invitedOn" : "view.view", refused.getMessage());
    }
  }

  /**
   * Records the team's recommendation, which closes the tool and completes the step; refused with
   * every missing part named on its field (an empty domain on {@code ratings}, a team short of the
   * minimum on {@code team}, no view on {@code view}, a reason missing on its own field).
   */
  @Transactional
  public ChcCase recommend(String id, Long versionSeen, RecommendationEntry entry) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    CaseTask step = steps.openStep(chcCase, ChcTask.FULL_ASSESSMENT, "its full assessment");
    DecisionSupportTool tool = chcCase.decisionSupportTool();
    List<FieldError> missing = new ArrayList<>();
    if (!tool.emptyDomains().isEmpty()) {
      missing.add(
          new FieldError(
              "ratings",
              "Rate every domain first. Still empty: "
                  + tool.emptyDomains().stream().map(CareDomain::title).toList()
                  + "."));
    }
    tool.team().shortfall().ifPresent(why -> missing.add(new FieldError("team", why)));
    if (tool.individualsView().isEmpty()) {
      missing.add(
          new FieldError(
              "view",
              "Record that the individual or their representative was invited, and their view."));
    }
    reasonMissing("nature", entry.nature(), missing);
    reasonMissing("intensity", entry.intensity(), missing);
    reasonMissing("complexity", entry.complexity(), missing);
    reasonMissing("unpredictability", entry.unpredictability(), missing);
    RecommendedOutcome outcome = null;
    try {
      outcome =
          RatingEntry.choice(
              RecommendedOutcome.class, entry.outcome(), "outcome", "the recommendation");
    } catch (InvalidInputException refused) {
      missing.addAll(refused.errors());
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    LocalDate madeOn = entry.madeOn() == null ? steps.today() : entry.madeOn();
    tool.recommend(
        new MdtRecommendation(
            outcome,
            new CharacteristicsOfNeed(
                entry.nature(), entry.intensity(), entry.complexity(), entry.unpredictability()),
            madeOn));
    steps.complete(chcCase, step, Map.of());
    steps.audit("CHC_DST_RECOMMENDED", id, "recommended " + outcome);
    return chcCase;
  }

  private static void reasonMissing(String field, String text, List<FieldError> missing) {
    if (text == null || text.isBlank()) {
      missing.add(
          new FieldError(
              field, "Write the team's reasons on " + field + ", as the Framework asks."));
    }
  }
}
