package uk.nhs.icb.caseworkflows.chc.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.casework.web.OpenStep;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus;
import uk.nhs.icb.caseworkflows.chc.domain.Checklist;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.common.audit.web.HistoryEntry;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;
import uk.nhs.icb.caseworkflows.common.consent.web.ConsentView;
import uk.nhs.icb.caseworkflows.common.letters.web.LetterSentView;
import uk.nhs.icb.caseworkflows.common.party.web.PatientView;
import uk.nhs.icb.caseworkflows.common.party.web.PersonView;

/**
 * A CHC case as the REST API shows it: the referral (with the person's address, where the letters
 * go), consent and capacity, the Checklist and the Decision Support Tool with what is still empty,
 * the 28 days, the decision and FNC, and what the kit keeps beside every case. {@code version} is
 * what an edit sends back to be refused when stale.
 */
public record ChcFileView(
    String id,
    String reference,
    long version,
    String status,
    PatientView individual,
    List<String> individualAddressLines,
    String individualPostcode,
    String route,
    LocalDate receivedOn,
    String referredBy,
    String livesIn,
    String goingTo,
    PersonView representative,
    String representativeStanding,
    boolean mayShareWithFamily,
    List<Capacity> capacityAssessments,
    List<ConsentView> consents,
    ChecklistView checklist,
    Clock clock,
    DstView decisionSupportTool,
    Decision decision,
    NursingCare nursingCare,
    List<OpenStep> openSteps,
    List<LetterSentView> letters,
    List<HistoryEntry> history,
    LocalDate closedOn,
    String caseworker,
    Care care) {

  /** After eligibility: Fast Track, the package and its history, reviews, challenges, closure. */
  public record Care(
      FastTrack fastTrack,
      LocalDate eligibleFrom,
      LocalDate noLongerEligibleOn,
      boolean reassessing,
      PackageVersion carePackage,
      List<PackageVersion> packageHistory,
      List<Review> reviews,
      List<Challenge> challenges,
      String closureReason) {

    static Care of(ChcCase chcCase) {
      return new Care(
          chcCase
              .fastTrack()
              .map(t -> new FastTrack(t.clinician(), t.registration(), t.reason(), t.completedOn()))
              .orElse(null),
          chcCase.eligibleFrom().orElse(null),
          chcCase.noLongerEligibleOn().orElse(null),
          chcCase.isReassessing(),
          chcCase.carePackage().map(PackageVersion::of).orElse(null),
          chcCase.carePackageHistory().stream().map(PackageVersion::of).toList(),
          chcCase.reviews().stream()
              .map(
                  r ->
                      new Review(
                          r.heldOn(),
                          r.reviewedBy(),
                          r.outcome().name(),
                          r.notes(),
                          r.nextReviewBy().orElse(null)))
              .toList(),
          chcCase.challenges().stream()
              .map(
                  c ->
                      new Challenge(
                          c.stage().name(),
                          c.decisionOn(),
                          c.requestedOn(),
                          c.grounds(),
                          c.outcome().map(Enum::name).orElse(null),
                          c.outcomeOn().orElse(null),
                          c.outcomeReasons().orElse(null)))
              .toList(),
          chcCase.closureReason().map(Enum::name).orElse(null));
    }
  }

  public record FastTrack(
      String clinician, String clinicianRegistration, String reason, LocalDate completedOn) {}

  public record PackageVersion(
      String provider,
      String setting,
      BigDecimal weeklyCost,
      LocalDate startsOn,
      boolean personalHealthBudget,
      Instant changedAt,
      String changedBy,
      String reason) {

    static PackageVersion of(CarePackage p) {
      return new PackageVersion(
          p.provider(),
          p.setting().name(),
          p.weeklyCost(),
          p.startsOn(),
          p.personalHealthBudget(),
          p.changedAt(),
          p.changedBy(),
          p.reason());
    }
  }

  public record Review(
      LocalDate heldOn, String reviewedBy, String outcome, String notes, LocalDate nextReviewBy) {}

  public record Challenge(
      String stage,
      LocalDate disputedDecisionOn,
      LocalDate requestedOn,
      String grounds,
      String outcome,
      LocalDate outcomeOn,
      String outcomeReasons) {}

  public record Capacity(
      String decisionInQuestion,
      String assessedBy,
      LocalDate assessedOn,
      String outcome,
      String bestInterestsDecidedBy,
      String bestInterestsConsulted,
      String bestInterestsReasons) {

    static Capacity of(CapacityAssessment a) {
      return new Capacity(
          a.decisionInQuestion(),
          a.assessedBy(),
          a.assessedOn(),
          a.outcome().name(),
          a.bestInterests().map(b -> b.decidedBy() + ", " + b.role()).orElse(null),
          a.bestInterests().map(b -> b.consulted()).orElse(null),
          a.bestInterests().map(b -> b.reasons()).orElse(null));
    }
  }

  public record Rating(String domain, String title, String level, String evidence) {}

  public record ChecklistView(
      String completedBy,
      LocalDate completedOn,
      List<Rating> ratings,
      List<String> emptyDomains,
      Boolean positive,
      List<String> rulesMet,
      List<String> reasons) {

    static ChecklistView of(ChcCase chcCase) {
      Checklist checklist = chcCase.checklist().orElse(null);
      if (checklist == null) {
        return null;
      }
      var outcome = chcCase.checklistOutcome();
      return new ChecklistView(
          checklist.completedBy(),
          checklist.completedOn(),
          checklist.ratings().stream()
              .map(
                  r ->
                      new Rating(
                          r.domain().name(), r.domain().title(), r.level().name(), r.evidence()))
              .toList(),
          checklist.unratedDomains().stream().map(ChecklistDomain::name).toList(),
          outcome.map(o -> o.isPositive()).orElse(null),
          outcome.map(o -> o.rulesMet().stream().map(Enum::name).toList()).orElse(List.of()),
          outcome.map(o -> o.reasons()).orElse(List.of()));
    }
  }

  public record Clock(
      LocalDate startedOn, String startedBy, LocalDate decisionDueBy, LocalDate breachFlaggedOn) {}

  public record Member(String name, String profession) {}

  public record DstView(
      List<Rating> ratings,
      List<String> emptyDomains,
      List<Member> team,
      String teamShortfall,
      LocalDate viewInvitedOn,
      String viewGivenBy,
      String view,
      List<String> indicators,
      List<String> missingBeforeRecommendation,
      String recommendation,
      LocalDate recommendedOn,
      List<String> reasons) {

    static DstView of(DecisionSupportTool tool) {
      var view = tool.individualsView();
      var recommendation = tool.recommendation();
      return new DstView(
          tool.ratings().stream()
              .map(
                  r ->
                      new Rating(
                          r.domain().name(), r.domain().title(), r.level().name(), r.evidence()))
              .toList(),
          tool.emptyDomains().stream().map(CareDomain::name).toList(),
          tool.team().members().stream()
              .map(m -> new Member(m.name(), m.profession().name()))
              .toList(),
          tool.team().shortfall().orElse(null),
          view.map(v -> v.invitedOn()).orElse(null),
          view.map(v -> v.givenBy().name()).orElse(null),
          view.map(v -> v.view()).orElse(null),
          tool.indicators().statements(),
          recommendation.isPresent() ? List.of() : tool.missingBeforeRecommendation(),
          recommendation.map(r -> r.outcome().name()).orElse(null),
          recommendation.map(r -> r.madeOn()).orElse(null),
          recommendation
              .map(
                  r ->
                      List.of(
                          r.reasons().nature(),
                          r.reasons().intensity(),
                          r.reasons().complexity(),
                          r.reasons().unpredictability()))
              .orElse(List.of()));
    }
  }

  public record Refund(LocalDate from, LocalDate to, long days) {}

  public record Decision(
      boolean eligible,
      LocalDate decidedOn,
      String decidedBy,
      String reasons,
      String reasonsForDeparting,
      String delayCause,
      Refund refund) {}

  public record NursingCare(
      boolean toBeConsidered, Boolean payable, String reasons, LocalDate decidedOn) {}

  static ChcFileView of(ChcFile file) {
    ChcCase chcCase = file.chcCase();
    boolean assessing =
        chcCase.status() == ChcCaseStatus.IN_FULL_ASSESSMENT
            || chcCase.status() == ChcCaseStatus.DECIDED;
    return new ChcFileView(
        chcCase.id(),
        chcCase.reference(),
        chcCase.version(),
        chcCase.status().name(),
        PatientView.of(chcCase.person()),
        chcCase.person().addressLines(),
        chcCase.person().postcode(),
        chcCase.referral().route().name(),
        chcCase.referral().receivedOn(),
        chcCase.source().referredBy(),
        chcCase.source().livesIn().name(),
        chcCase.source().goingTo() == null ? null : chcCase.source().goingTo().name(),
        chcCase.representative().map(PersonView::of).orElse(null),
        chcCase.representativeStanding().map(Enum::name).orElse(null),
        file.mayShareWithFamily(),
        file.capacityAssessments().stream().map(Capacity::of).toList(),
        file.records().consents().stream().map(ConsentView::of).toList(),
        ChecklistView.of(chcCase),
        chcCase
            .clock()
            .map(
                c ->
                    new Clock(
                        c.startedOn(),
                        c.start().name(),
                        c.decisionDueBy(),
                        chcCase.breachFlaggedOn().orElse(null)))
            .orElse(null),
        assessing ? DstView.of(chcCase.decisionSupportTool()) : null,
        chcCase
            .decision()
            .map(
                d ->
                    new Decision(
                        d.eligible(),
                        d.decidedOn(),
                        chcCase.decidedBy().orElse(null),
                        chcCase.decisionReasons().orElse(null),
                        d.departure().orElse(null),
                        chcCase.delayCause().map(Enum::name).orElse(null),
                        d.refundPeriod()
                            .map(r -> new Refund(r.from(), r.to(), r.days()))
                            .orElse(null)))
            .orElse(null),
        new NursingCare(
            chcCase.nursingCareToBeConsidered(),
            chcCase.fncPayable().orElse(null),
            chcCase.fncReasons().orElse(null),
            chcCase.fncDecidedOn().orElse(null)),
        file.records().openSteps().stream().map(OpenStep::of).toList(),
        file.records().letters().stream()
            .map(letter -> LetterSentView.of(ChcCase.CASE_TYPE, chcCase.id(), letter))
            .toList(),
        file.records().history().stream().map(HistoryEntry::of).toList(),
        chcCase.closedOn().orElse(null),
        file.caseworker().orElse(null),
        Care.of(chcCase));
  }
}
