package uk.nhs.icb.caseworkflows.chc.domain;

import static java.util.stream.Collectors.joining;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The full assessment of eligibility, recorded on the Decision Support Tool by a multidisciplinary
 * team. It is a working draft first: domains are rated in any order, the team and the individual's
 * view are added as they are known, and the draft always says what is still missing. The team's
 * recommendation is accepted only when every one of the twelve domains is rated, the team meets the
 * Framework's minimum and the individual's view is recorded; after that the tool is closed to
 * changes, since the ICB decides on what the team signed.
 */
@Entity
@Table(name = "chc_decision_support_tool")
public class DecisionSupportTool {

  /** The longest text the tool keeps in one box: the individual's view, a reason. */
  public static final int TEXT_LENGTH = 4000;

  @Id
  @Column(name = "id", length = 36)
  private String id = UUID.randomUUID().toString();

  @ElementCollection
  @CollectionTable(name = "chc_dst_rating", joinColumns = @JoinColumn(name = "dst_id"))
  private List<DomainRating> ratings = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "chc_dst_member", joinColumns = @JoinColumn(name = "dst_id"))
  @OrderColumn(name = "position")
  private List<MdtMember> members = new ArrayList<>();

  // The individual's view and the recommendation are values; JPA keeps their parts as columns.
  @Column(name = "view_invited_on")
  private LocalDate viewInvitedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "view_given_by", length = 30)
  private ViewGivenBy viewGivenBy;

  @Column(name = "view_text", length = TEXT_LENGTH)
  private String viewText;

  @Enumerated(EnumType.STRING)
  @Column(name = "recommended_outcome", length = 20)
  private RecommendedOutcome recommendedOutcome;

  @Column(name = "recommended_on")
  private LocalDate recommendedOn;

  @Column(name = "reasons_nature", length = TEXT_LENGTH)
  private String nature;

  @Column(name = "reasons_intensity", length = TEXT_LENGTH)
  private String intensity;

  @Column(name = "reasons_complexity", length = TEXT_LENGTH)
  private String complexity;

  @Column(name = "reasons_unpredictability", length = TEXT_LENGTH)
  private String unpredictability;

  /** Rates a domain at one of its own levels, replacing any earlier rating of it. */
  public void rate(CareDomain domain, NeedLevel level, String evidence) {
    requireOpen();
    DomainRating rating = new DomainRating(domain, level, evidence);
    ratings.removeIf(earlier -> earlier.domain() == domain);
    ratings.add(rating);
  }

  public void recordTeam(MultidisciplinaryTeam team) {
    requireOpen();
    Objects.requireNonNull(team, "team");
    members.clear();
    members.addAll(team.members());
  }

  public void recordIndividualsView(IndividualsView view) {
    requireOpen();
    Objects.requireNonNull(view, "view");
    this.viewInvitedOn = view.invitedOn();
    this.viewGivenBy = view.givenBy();
    this.viewText = view.view();
  }

  /** The domains not yet rated, in the tool's order. */
  public List<CareDomain> emptyDomains() {
    return Arrays.stream(CareDomain.values()).filter(d -> ratingOf(d).isEmpty()).toList();
  }

  /** The indicators of what has been rated so far; complete only once no domain is empty. */
  public DstIndicators indicators() {
    return DstIndicators.of(ratings());
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
    team().shortfall().ifPresent(missing::add);
    if (viewGivenBy == null) {
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
    this.recommendedOutcome = recommendation.outcome();
    this.recommendedOn = recommendation.madeOn();
    this.nature = recommendation.reasons().nature();
    this.intensity = recommendation.reasons().intensity();
    this.complexity = recommendation.reasons().complexity();
    this.unpredictability = recommendation.reasons().unpredictability();
  }

  /**
   * Whether the team recommends not eligible although the indicators point to eligibility, so the
   * panel reading it looks closely at the reasons. The other way round is no departure: the
   * indicators are not the only way a primary health need is shown.
   */
  public boolean recommendationDepartsFromIndicators() {
    return recommendedOutcome != null
        && recommendedOutcome == RecommendedOutcome.NOT_ELIGIBLE
        && indicators().pointToEligibility();
  }

  private void requireOpen() {
    if (recommendedOutcome != null) {
      throw new ChcRuleException(
          "The team has made its recommendation, so this Decision Support Tool is closed to"
              + " changes: the ICB decides on what the team recorded.");
    }
  }

  public Optional<DomainRating> ratingOf(CareDomain domain) {
    return ratings.stream().filter(rating -> rating.domain() == domain).findFirst();
  }

  /** The ratings given so far, in the tool's order. */
  public List<DomainRating> ratings() {
    return Arrays.stream(CareDomain.values()).flatMap(d -> ratingOf(d).stream()).toList();
  }

  public MultidisciplinaryTeam team() {
    return new MultidisciplinaryTeam(members);
  }

  public Optional<IndividualsView> individualsView() {
    return viewGivenBy == null
        ? Optional.empty()
        : Optional.of(new IndividualsView(viewInvitedOn, viewGivenBy, viewText));
  }

  public Optional<MdtRecommendation> recommendation() {
    return recommendedOutcome == null
        ? Optional.empty()
        : Optional.of(
            new MdtRecommendation(
                recommendedOutcome,
                new CharacteristicsOfNeed(nature, intensity, complexity, unpredictability),
                recommendedOn));
  }
}
