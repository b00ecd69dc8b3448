package uk.nhs.icb.caseworkflows.chc.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.CarePackage;
import uk.nhs.icb.caseworkflows.chc.domain.CareReview;
import uk.nhs.icb.caseworkflows.chc.domain.Challenge;
import uk.nhs.icb.caseworkflows.chc.domain.ChallengeOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.ChallengeStage;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.Checklist;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistRule;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.chc.domain.EligibilityDecision;
import uk.nhs.icb.caseworkflows.chc.domain.MdtRecommendation;
import uk.nhs.icb.caseworkflows.chc.domain.RecommendedOutcome;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Addressee;

/**
 * The fields of each CHC letter, filled from the case. A letter goes to the representative only
 * when the person's consent (or what stands in for it) allows sharing with them; otherwise to the
 * person. Every letter honours its reader's communication needs through the kit.
 */
@ApplicationScoped
public class ChcLetterContents {

  public static final String CHECKLIST_OUTCOME = "chc-checklist-outcome";
  public static final String ELIGIBILITY_DECISION = "chc-eligibility-decision";
  public static final String DST_SUMMARY = "chc-dst-summary";
  public static final String NURSING_CARE = "chc-nursing-care";
  public static final String CARE_PACKAGE = "chc-care-package";
  public static final String LOCAL_RESOLUTION_OUTCOME = "chc-local-resolution-outcome";
  public static final String INDEPENDENT_REVIEW_OUTCOME = "chc-independent-review-outcome";

  /** Local resolution is asked for within six months of the decision letter. */
  static final int LOCAL_RESOLUTION_MONTHS = ChcCase.LOCAL_RESOLUTION_MONTHS;

  private static final NumberFormat POUNDS = NumberFormat.getCurrencyInstance(Locale.UK);

  private final ChcLetterSettings settings;

  @Inject
  public ChcLetterContents(ChcLetterSettings settings) {
    this.settings = settings;
  }

  protected ChcLetterContents() {
    this(null);
  }

  /**
   * The letter of {@code kind} about the case, written on {@code today}; {@code toRepresentative}
   * when consent lets the ICB write to the representative.
   */
  public AddressedLetter letterOf(
      String kind, ChcCase chcCase, boolean toRepresentative, LocalDate today) {
    Map<String, Object> fields =
        switch (kind) {
          case CHECKLIST_OUTCOME -> checklistOutcome(chcCase);
          case ELIGIBILITY_DECISION -> decision(chcCase, today);
          case DST_SUMMARY -> dstSummary(chcCase);
          case NURSING_CARE -> nursingCare(chcCase);
          case CARE_PACKAGE -> carePackage(chcCase, today);
          case LOCAL_RESOLUTION_OUTCOME ->
              challengeOutcome(chcCase, ChallengeStage.LOCAL_RESOLUTION);
          case INDEPENDENT_REVIEW_OUTCOME ->
              challengeOutcome(chcCase, ChallengeStage.INDEPENDENT_REVIEW);
          default -> throw new IllegalArgumentException("no CHC letter " + kind);
        };
    fields.put("fncToConsider", chcCase.nursingCareToBeConsidered());
    Addressee to = addressee(chcCase, toRepresentative);
    if (toRepresentative) {
      fields.put("onBehalfOf", chcCase.person().name());
    }
    fields.put("contact", contact());
    return settings
        .team()
        .letter(kind, chcCase.reference(), chcCase.person().nhsNumber(), to, fields);
  }

  private static Addressee addressee(ChcCase chcCase, boolean toRepresentative) {
    return toRepresentative && chcCase.representative().isPresent()
        ? Addressee.of(chcCase.representative().get())
        : Addressee.of(chcCase.person());
  }

  private Map<String, Object> contact() {
    Map<String, Object> contact = new LinkedHashMap<>(settings.team().contact().fields());
    contact.put("role", settings.contactRole());
    return contact;
  }

  static Map<String, Object> checklistOutcome(ChcCase chcCase) {
    Checklist checklist = chcCase.checklist().orElseThrow();
    ChecklistOutcome outcome = chcCase.checklistOutcome().orElseThrow();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(
        "checklist",
        Map.of(
            "completedOn", checklist.completedOn(),
            "completedBy", checklist.completedBy(),
            "receivedOn", chcCase.checklistReceivedOn().orElseThrow()));
    fields.put("positive", outcome.isPositive());
    fields.put("reasons", outcome.reasons());
    fields.put("rulesMet", outcome.rulesMet().stream().map(ChecklistRule::name).toList());
    chcCase.clock().ifPresent(clock -> fields.put("decisionDueBy", clock.decisionDueBy()));
    return fields;
  }

  static Map<String, Object> decision(ChcCase chcCase, LocalDate today) {
    EligibilityDecision decision = chcCase.decision().orElseThrow();
    MdtRecommendation recommendation = chcCase.decisionSupportTool().recommendation().orElseThrow();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("eligible", decision.eligible());
    fields.put("decision", Map.of("madeOn", decision.decidedOn()));
    fields.put(
        "mdt",
        Map.of(
            "assessedOn",
            recommendation.madeOn(),
            "recommendedEligible",
            recommendation.outcome() == RecommendedOutcome.ELIGIBLE));
    fields.put("reasons", chcCase.decisionReasons().orElse(""));
    fields.put("domains", domainLevels(chcCase.decisionSupportTool()));
    if (decision.eligible()) {
      fields.put("fundingFrom", decision.decidedOn());
    }
    decision
        .refundPeriod()
        .ifPresent(
            refund ->
                fields.put(
                    "refund",
                    Map.of("from", refund.from(), "to", refund.to(), "days", refund.days())));
    fields.put("localResolutionBy", today.plusMonths(LOCAL_RESOLUTION_MONTHS));
    return fields;
  }

  static List<Map<String, Object>> domainLevels(DecisionSupportTool tool) {
    return tool.ratings().stream()
        .map(r -> Map.<String, Object>of("name", r.domain().title(), "level", r.level().title()))
        .toList();
  }

  static Map<String, Object> dstSummary(ChcCase chcCase) {
    DecisionSupportTool tool = chcCase.decisionSupportTool();
    MdtRecommendation recommendation = tool.recommendation().orElseThrow();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(
        "domains",
        tool.ratings().stream()
            .map(
                r ->
                    Map.<String, Object>of(
                        "name",
                        r.domain().title(),
                        "level",
                        r.level().title(),
                        "evidence",
                        r.evidence()))
            .toList());
    fields.put(
        "team",
        tool.team().members().stream()
            .map(
                m -> Map.<String, Object>of("name", m.name(), "profession", m.profession().title()))
            .toList());
    tool.individualsView()
        .ifPresent(
            view -> fields.put("view", Map.of("invitedOn", view.invitedOn(), "text", view.view())));
    fields.put("indicators", tool.indicators().statements());
    fields.put(
        "recommendation",
        Map.of(
            "eligible", recommendation.outcome() == RecommendedOutcome.ELIGIBLE,
            "madeOn", recommendation.madeOn(),
            "nature", recommendation.reasons().nature(),
            "intensity", recommendation.reasons().intensity(),
            "complexity", recommendation.reasons().complexity(),
            "unpredictability", recommendation.reasons().unpredictability()));
    fields.put("domainCount", CareDomain.values().length);
    return fields;
  }

  static Map<String, Object> nursingCare(ChcCase chcCase) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("payable", chcCase.fncPayable().orElseThrow());
    fields.put("reasons", chcCase.fncReasons().orElseThrow());
    fields.put("decidedOn", chcCase.fncDecidedOn().orElseThrow());
    return fields;
  }

  /**
   * The package in force, as the person reads it; the next review is the latest review's date, or
   * three months after eligibility before the first.
   */
  static Map<String, Object> carePackage(ChcCase chcCase, LocalDate today) {
    CarePackage carePackage = chcCase.carePackage().orElseThrow();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("startsOn", carePackage.startsOn());
    fields.put(
        "services",
        List.of(
            Map.of(
                "description",
                "Care in " + carePackage.setting().title().toLowerCase(Locale.UK),
                "provider",
                carePackage.provider(),
                "frequency",
                "arranged and paid for by the NHS at "
                    + POUNDS.format(carePackage.weeklyCost())
                    + " a week")));
    if (carePackage.personalHealthBudget()) {
      fields.put(
          "personalHealthBudget",
          "Your care is provided through a personal health budget of "
              + POUNDS.format(carePackage.weeklyCost())
              + " a week. Your care coordinator will agree your support plan with you.");
    }
    List<CareReview> reviews = chcCase.reviews();
    LocalDate reviewBy =
        reviews.isEmpty()
            ? chcCase.eligibleFrom().orElse(today).plusMonths(3)
            : reviews.get(reviews.size() - 1).nextReviewBy().orElse(today.plusMonths(12));
    fields.put("reviewBy", reviewBy);
    return fields;
  }

  /** The latest challenge at that stage, with its outcome. */
  static Map<String, Object> challengeOutcome(ChcCase chcCase, ChallengeStage stage) {
    Challenge challenge =
        chcCase.challenges().stream()
            .filter(c -> c.stage() == stage && c.outcome().isPresent())
            .reduce((first, second) -> second)
            .orElseThrow();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestedOn", challenge.requestedOn());
    fields.put("decisionOn", challenge.decisionOn());
    fields.put("outcomeOn", challenge.outcomeOn().orElseThrow());
    fields.put("withdrawn", challenge.outcome().orElseThrow() == ChallengeOutcome.WITHDRAWN);
    fields.put("reasons", challenge.outcomeReasons().orElseThrow());
    return fields;
  }
}
