package uk.nhs.icb.caseworkflows.chc.domain;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The full assessment of eligibility, recorded on the Decision Support Tool by a multidisciplinary
 * team. It is a working draft first: domains are rated in any order, the team and the individual's
 * view are added as they are known, and the draft always says what is still missing. The team's
 * recommendation is accepted only when every one of the twelve domains is rated, the team meets the
 * Framework's minimum and the individual's view is recorded; after that the tool is closed to
 * changes, since the ICB decides on what the team signed.
 */
public class DecisionSupportTool {

  private final Map<CareDomain, DomainRating> ratings = new EnumMap<>(CareDomain.class);
  private MultidisciplinaryTeam team = MultidisciplinaryTeam.none();
  private IndividualsView individualsView;
  private MdtRecommendation recommendation;

  /** Rates a domain at one of its own levels, replacing any earlier rating of it. */
  public void rate(CareDomain domain, NeedLevel level, String evidence) {
    requireOpen();
    ratings.put(domain, new DomainRating(domain, level, evidence));
  }

  public void recordTeam(MultidisciplinaryTeam team) {
    requireOpen();
    this.team = Objects.requireNonNull(team, "team");
  }

  public void recordIndividualsView(IndividualsView view) {
    requireOpen();
    this.individualsView = Objects.requireNonNull(view, "view");
  }

  /** The domains not yet rated, in the tool's order. */
  public List<CareDomain> emptyDomains() {
    return Arrays.stream(CareDomain.values()).filter(d -> !ratings.containsKey(d)).toList();
  }

  /** The indicators of what has been rated so far; complete only once no domain is empty. */
  public DstIndicators indicators() {
    return DstIndicators.of(ratings.values());
  }

  /** Everything still needed before the team can recommend, in words; empty when ready. */
  public List<String> missingBeforeRecommendation() {
    List<String> missing = new ArrayList<>();
    List<CareDomain> empty = emptyDomains();
    if (!empty.isEmpty()) {
      missing.add(
          "Domains still to rate: "
              + empty.stream().map(CareDomain::title).collect(joining(", "))
              + ".");
    }
    team.shortfall().ifPresent(missing::add);
    if (individualsView == null) {
      missing.add(
          "Record that the individual or their representative was invited, and the view they"
              + " gave of their needs.");
    }
    return missing;
  }

  /**
   * Records the team's recommendation, which closes the tool; refused while anything is missing.
   */
  public void recommend(MdtRecommendation recommendation) {
    requireOpen();
    Objects.requireNonNull(recommendation, "recommendation");
    List<String> missing = missingBeforeRecommendation();
    if (!missing.isEmpty()) {
      throw new ChcRuleException(
          "The team cannot make its recommendation yet. " + String.join(" ", missing));
    }
    this.recommendation = recommendation;
  }

  /**
   * Whether the team recommends not eligible although the indicators point to eligibility, so the
   * panel reading it looks closely at the reasons. The other way round is no departure: the
   * indicators are not the only way a primary health need is shown.
   */
  public boolean recommendationDepartsFromIndicators() {
    return recommendation != null
        && recommendation.outcome() == RecommendedOutcome.NOT_ELIGIBLE
        && indicators().pointToEligibility();
  }

  private void requireOpen() {
    if (recommendation != null) {
      throw new ChcRuleException(
          "The team has made its recommendation, so this Decision Support Tool is closed to"
              + " changes: the ICB decides on what the team recorded.");
    }
  }

  public Optional<DomainRating> ratingOf(CareDomain domain) {
    return Optional.ofNullable(ratings.get(domain));
  }

  public MultidisciplinaryTeam team() {
    return team;
  }

  public Optional<IndividualsView> individualsView() {
    return Optional.ofNullable(individualsView);
  }

  public Optional<MdtRecommendation> recommendation() {
    return Optional.ofNullable(recommendation);
  }
}
