package uk.nhs.icb.caseworkflows.chc.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.chc.application.CarePackageEntry;
import uk.nhs.icb.caseworkflows.chc.application.ChcReferrals;
import uk.nhs.icb.caseworkflows.chc.application.FullAssessment;
import uk.nhs.icb.caseworkflows.chc.application.RatingEntry;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.CareReview;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.Challenge;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.Checklist;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistRating;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.chc.domain.FastTrackTool;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralRoute;
import uk.nhs.icb.caseworkflows.chc.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityOutcome;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.party.web.PatientDetails;
import uk.nhs.icb.caseworkflows.common.party.web.PersonDetails;

/** The bodies the CHC endpoints take, bounded by what the case keeps. */
public final class ChcRequests {

  private ChcRequests() {}

  /** The longest text a CHC box keeps: evidence, a view, a reason. */
  static final int TEXT = DecisionSupportTool.TEXT_LENGTH;

  /**
   * A referral: the individual (NHS number checked, date of birth checked against 18), where they
   * live, who referred them, their representative if any, and who will work the case.
   */
  public record Refer(
      @NotNull @Valid PatientDetails individual,
      @NotNull ReferralRoute route,
      @PastOrPresent LocalDate receivedOn,
      @NotBlank @Size(max = 200) String referredBy,
      @NotNull CareSetting livesIn,
      CareSetting goingTo,
      @Valid PersonDetails representative,
      RepresentativeStanding representativeStanding,
      @Size(max = 100) String caseworker,
      @Valid FastTrack fastTrack) {}

  /** A completed Fast Track Pathway Tool: who completed it, their registration, why, when. */
  public record FastTrack(
      @Size(max = 200) String clinician,
      @Size(max = 40) String clinicianRegistration,
      @Size(max = FastTrackTool.REASON_LENGTH) String reason,
      LocalDate completedOn) {

    ChcReferrals.FastTrackEntry entry() {
      return new ChcReferrals.FastTrackEntry(clinician, clinicianRegistration, reason, completedOn);
    }
  }

  /** A care package: provider, setting, weekly cost, start, personal health budget, and why. */
  public record Package(
      @Size(max = CarePackage.PROVIDER_LENGTH) String provider,
      @Size(max = 30) String setting,
      @Digits(integer = 8, fraction = 2) BigDecimal weeklyCost,
      LocalDate startsOn,
      Boolean personalHealthBudget,
      @Size(max = CarePackage.REASON_LENGTH) String reason) {

    CarePackageEntry entry() {
      return new CarePackageEntry(
          provider, setting, weeklyCost, startsOn, personalHealthBudget, reason);
    }
  }

  public record ArrangeCare(
      Long version,
      @Size(max = CarePackage.PROVIDER_LENGTH) String provider,
      @Size(max = 30) String setting,
      @Digits(integer = 8, fraction = 2) BigDecimal weeklyCost,
      LocalDate startsOn,
      Boolean personalHealthBudget,
      @Size(max = CarePackage.REASON_LENGTH) String reason) {

    CarePackageEntry entry() {
      return new CarePackageEntry(
          provider, setting, weeklyCost, startsOn, personalHealthBudget, reason);
    }
  }

  public record Review(
      Long version,
      LocalDate heldOn,
      @Size(max = 20) String outcome,
      @Size(max = CareReview.NOTES_LENGTH) String notes,
      LocalDate nextReviewBy,
      @Valid Package changedPackage) {}

  /** A request for local resolution or independent review of the decision of that date. */
  public record ChallengeRequest(
      LocalDate disputedDecisionOn,
      LocalDate requestedOn,
      @Size(max = Challenge.TEXT_LENGTH) String grounds) {}

  public record ChallengeDecision(
      Long version,
      @Size(max = 20) String outcome,
      LocalDate decidedOn,
      @Size(max = Challenge.TEXT_LENGTH) String reasons) {}

  public record Closure(Long version, @Size(max = 30) String reason, LocalDate closedOn) {}

  /** A best-interests decision under the Mental Capacity Act 2005. */
  public record BestInterests(
      @NotBlank @Size(max = 200) String decidedBy,
      @NotBlank @Size(max = 200) String role,
      @NotBlank @Size(max = CapacityAssessment.TEXT_LENGTH) String consulted,
      @NotBlank @Size(max = CapacityAssessment.TEXT_LENGTH) String reasons,
      @NotNull @PastOrPresent LocalDate decidedOn) {}

  public record AssessCapacity(
      @NotBlank @Size(max = CapacityAssessment.TEXT_LENGTH) String decisionInQuestion,
      @NotBlank @Size(max = 200) String assessedBy,
      @NotNull LocalDate assessedOn,
      @NotNull CapacityOutcome outcome,
      @Valid BestInterests bestInterests) {}

  public record GiveConsent(
      @NotNull ConsentPurpose purpose,
      @NotNull ConsentGivenAs givenAs,
      @NotNull ConsentMethod method,
      @PastOrPresent Instant givenAt) {}

  public record AssessmentDecision(@NotNull Boolean assessmentAgreed) {}

  public record Rating(
      @Size(max = 60) String domain,
      @Size(max = 20) String level,
      @Size(max = ChecklistRating.EVIDENCE_LENGTH) String evidence) {

    RatingEntry entry() {
      return new RatingEntry(domain, level, evidence);
    }
  }

  public record ChecklistDraft(
      Long version,
      @NotBlank @Size(max = Checklist.COMPLETED_BY_LENGTH) String completedBy,
      @PastOrPresent LocalDate completedOn,
      @NotNull @Size(max = 11) List<@NotNull @Valid Rating> ratings) {}

  public record ChecklistCompletion(Long version, @PastOrPresent LocalDate receivedOn) {}

  public record Member(@Size(max = 200) String name, @Size(max = 40) String profession) {}

  public record View(
      LocalDate invitedOn, @Size(max = 30) String givenBy, @Size(max = TEXT) String view) {}

  public record DstDraft(
      Long version,
      @Size(max = 12) List<@NotNull @Valid Rating> ratings,
      @Size(max = 20) List<@NotNull @Valid Member> team,
      @Valid View view) {

    FullAssessment.DraftEntry entry() {
      return new FullAssessment.DraftEntry(
          ratings == null ? null : ratings.stream().map(Rating::entry).toList(),
          team == null
              ? null
              : team.stream()
                  .map(m -> new FullAssessment.MemberEntry(m.name(), m.profession()))
                  .toList(),
          view == null
              ? null
              : new FullAssessment.ViewEntry(view.invitedOn(), view.givenBy(), view.view()));
    }
  }

  public record Recommendation(
      Long version,
      @Size(max = 20) String outcome,
      @Size(max = TEXT) String nature,
      @Size(max = TEXT) String intensity,
      @Size(max = TEXT) String complexity,
      @Size(max = TEXT) String unpredictability,
      @PastOrPresent LocalDate madeOn) {

    FullAssessment.RecommendationEntry entry() {
      return new FullAssessment.RecommendationEntry(
          outcome, nature, intensity, complexity, unpredictability, madeOn);
    }
  }

  public record Decision(
      Long version,
      Boolean eligible,
      @Size(max = ChcCase.REASONS_LENGTH) String reasons,
      @Size(max = ChcCase.REASONS_LENGTH) String reasonsForDeparting,
      @Size(max = 30) String delayCause) {}

  public record NursingCare(
      Long version, Boolean payable, @Size(max = ChcCase.REASONS_LENGTH) String reasons) {}
}
