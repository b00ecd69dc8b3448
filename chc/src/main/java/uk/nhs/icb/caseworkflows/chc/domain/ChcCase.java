package uk.nhs.icb.caseworkflows.chc.domain;

import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.ASSESSMENT_DECLINED;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.AWAITING_CHECKLIST;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.DECIDED;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.IN_FULL_ASSESSMENT;
import static uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus.SCREENED_OUT;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * An NHS Continuing Healthcare case from referral to the ICB's decision. An adult is referred by
 * Checklist or straight to full assessment. A negative Checklist ends the case there (not eligible
 * now; the letter gives the reasons and the right to ask for reconsideration). A positive one, or a
 * direct referral, starts the 28-day {@link AssessmentClock} and the {@link DecisionSupportTool}
 * the team fills in; the ICB then decides on the team's recommendation, and a late eligible
 * decision it caused records the refund period. Anyone found not eligible is checked for NHS-funded
 * Nursing Care. The root decides which step may come next; its parts keep their rules.
 */
@Entity
@Table(name = "chc_case")
public class ChcCase {

  /** The case type of CHC cases in audit entries, letters, consents and /api/cases/{type}. */
  public static final String CASE_TYPE = "chc";

  /** Local resolution is asked for within six months of the decision letter. */
  public static final int LOCAL_RESOLUTION_MONTHS = 6;

  /** The longest reasons the panel or the FNC decision keeps. */
  public static final int REASONS_LENGTH = 4000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "reference", nullable = false, unique = true, length = 15)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ChcCaseStatus status;

  @Embedded private AffectedPerson person;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "route", nullable = false, length = 20)
  private ReferralRoute route;

  @Embedded private ReferralSource source;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "representative_name")),
    @AttributeOverride(
        name = "addressLines",
        column = @Column(name = "representative_address_lines", length = 1000)),
    @AttributeOverride(
        name = "postcode",
        column = @Column(name = "representative_postcode", length = 10)),
    @AttributeOverride(
        name = "telephone",
        column = @Column(name = "representative_telephone", length = 40)),
    @AttributeOverride(
        name = "email",
        column = @Column(name = "representative_email", length = 320)),
    @AttributeOverride(
        name = "communicationNeeds.codes",
        column = @Column(name = "representative_communication_needs", length = 200)),
    @AttributeOverride(
        name = "communicationNeeds.note",
        column = @Column(name = "representative_communication_needs_note", length = 500))
  })
  private Party representative;

  @Enumerated(EnumType.STRING)
  @Column(name = "representative_standing", length = 30)
  private RepresentativeStanding representativeStanding;

  @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "checklist_id")
  private Checklist checklist;

  @Column(name = "checklist_received_on")
  private LocalDate checklistReceivedOn;

  @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
  @JoinColumn(name = "dst_id", nullable = false)
  private DecisionSupportTool decisionSupportTool;

  @Column(name = "clock_started_on")
  private LocalDate clockStartedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "clock_start", length = 40)
  private ClockStart clockStart;

  @Column(name = "breach_flagged_on")
  private LocalDate breachFlaggedOn;

  @Column(name = "eligible")
  private Boolean eligible;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decision_reasons", length = REASONS_LENGTH)
  private String decisionReasons;

  @Column(name = "reasons_for_departing", length = REASONS_LENGTH)
  private String reasonsForDeparting;

  @Enumerated(EnumType.STRING)
  @Column(name = "delay_cause", length = 20)
  private DelayCause delayCause;

  @Column(name = "refund_from")
  private LocalDate refundFrom;

  @Column(name = "refund_to")
  private LocalDate refundTo;

  @Column(name = "fnc_payable")
  private Boolean fncPayable;

  @Column(name = "fnc_reasons", length = REASONS_LENGTH)
  private String fncReasons;

  @Column(name = "fnc_decided_on")
  private LocalDate fncDecidedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason", length = 30)
  private ClosureReason closureReason;

  @Embedded private FastTrackTool fastTrack;

  @Column(name = "eligible_from")
  private LocalDate eligibleFrom;

  @Column(name = "first_decided_on")
  private LocalDate firstDecidedOn;

  @Column(name = "first_decision_eligible")
  private Boolean firstDecisionEligible;

  @Column(name = "reassessing")
  private boolean reassessing;

  @Column(name = "no_longer_eligible_on")
  private LocalDate noLongerEligibleOn;

  @ElementCollection
  @CollectionTable(name = "chc_care_package", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CarePackage> packages = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "chc_care_review", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CareReview> reviews = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "chc_challenge", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<Challenge> challenges = new ArrayList<>();

  @Column(name = "last_edited_at")
  private Instant lastEditedAt;

  @Column(name = "last_edited_by", length = 100)
  private String lastEditedBy;

  protected ChcCase() {}

  /**
   * Opens a case on an adult's referral: the person (whose date of birth and NHS number the
   * referral checks), how they were referred and by whom. A referral straight to full assessment
   * starts the clock on the day it was received.
   */
  public static ChcCase refer(
      String reference, AffectedPerson person, Referral referral, ReferralSource source) {
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(person, "person");
    if (!Objects.equals(person.dateOfBirth(), referral.dateOfBirth())
        || !Objects.equals(person.nhsNumber(), referral.nhsNumber())) {
      throw new IllegalArgumentException("the referral is not for this person");
    }
    ChcCase chcCase = new ChcCase();
    chcCase.id = UUID.randomUUID().toString();
    chcCase.reference = Text.required(reference, "the case reference");
    chcCase.person = person;
    chcCase.receivedOn = referral.receivedOn();
    chcCase.route = referral.route();
    chcCase.source = Objects.requireNonNull(source, "source");
    chcCase.decisionSupportTool = new DecisionSupportTool();
    switch (referral.route()) {
      case CHECKLIST -> chcCase.status = AWAITING_CHECKLIST;
      case FULL_ASSESSMENT -> {
        chcCase.startClock(referral.startClock());
        chcCase.status = IN_FULL_ASSESSMENT;
      }
      case FAST_TRACK ->
          throw new ChcRuleException(
              "A Fast Track referral comes with the completed Fast Track Pathway Tool.");
    }
    return chcCase;
  }

  /**
   * Opens a case on a completed Fast Track Pathway Tool: the tool alone establishes eligibility on
   * the day the ICB receives it, with no Checklist and no Decision Support Tool, and the ICB
   * arranges care at once.
   */
  public static ChcCase referFastTrack(
      String reference,
      AffectedPerson person,
      Referral referral,
      ReferralSource source,
      FastTrackTool tool) {
    Objects.requireNonNull(tool, "tool");
    if (referral.route() != ReferralRoute.FAST_TRACK) {
      throw new IllegalArgumentException("not a Fast Track referral");
    }
    if (tool.completedOn().isAfter(referral.receivedOn())) {
      throw new ChcRuleException(
          "The tool cannot be completed on "
              + Text.day(tool.completedOn())
              + ", after the ICB received it on "
              + Text.day(referral.receivedOn())
              + ".");
    }
    ChcCase chcCase =
        refer(
            reference,
            person,
            new Referral(
                referral.nhsNumber(),
                referral.dateOfBirth(),
                referral.receivedOn(),
                ReferralRoute.CHECKLIST),
            source);
    chcCase.route = ReferralRoute.FAST_TRACK;
    chcCase.fastTrack = tool;
    chcCase.eligible = true;
    chcCase.decidedOn = referral.receivedOn();
    chcCase.eligibleFrom = referral.receivedOn();
    chcCase.status = DECIDED;
    return chcCase;
  }

  /**
   * Notes who last edited the case and when. A case's Checklist and tool are edited over days by
   * several people; noting each edit on the case moves its version, so a stale copy is refused.
   */
  public void noteEdit(Instant at, String by) {
    requireOpen();
    this.lastEditedAt = Objects.requireNonNull(at, "at");
    this.lastEditedBy = by;
  }

  /** Records (or replaces) who speaks for the person, and with what standing. */
  public void recordRepresentative(Party representative, RepresentativeStanding standing) {
    requireOpen();
    this.representative = Objects.requireNonNull(representative, "representative");
    this.representativeStanding = Objects.requireNonNull(standing, "standing");
  }

  /**
   * The Checklist being filled in, started on {@code startedOn} by {@code assessor} if there is
   * none yet: an assessor may save some domains and come back to the rest.
   */
  public Checklist checklistDraft(LocalDate startedOn, String assessor) {
    if (status != AWAITING_CHECKLIST) {
      throw new ChcRuleException(
          "This case is not waiting for a Checklist: it is " + describeStatus() + ".");
    }
    if (checklist == null) {
      checklist = new Checklist(startedOn, assessor);
    }
    return checklist;
  }

  private void startClock(AssessmentClock started) {
    this.clockStartedOn = started.startedOn();
    this.clockStart = started.start();
  }

  /**
   * Records the completed Checklist as the ICB received it and applies its thresholds: positive
   * starts the 28 days from {@code receivedOn}, negative ends the case.
   */
  public ChecklistOutcome recordChecklist(Checklist completed, LocalDate receivedOn) {
    if (status != AWAITING_CHECKLIST) {
      throw new ChcRuleException(
          "This case is not waiting for a Checklist: it is " + describeStatus() + ".");
    }
    if (receivedOn.isBefore(completed.completedOn())) {
      throw new ChcRuleException(
          "The Checklist cannot reach the ICB on "
              + Text.day(receivedOn)
              + ", before it was completed on "
              + Text.day(completed.completedOn())
              + ".");
    }
    ChecklistOutcome outcome = completed.outcome();
    this.checklist = completed;
    this.checklistReceivedOn = receivedOn;
    if (outcome.isPositive()) {
      startClock(new AssessmentClock(receivedOn, ClockStart.POSITIVE_CHECKLIST));
      this.status = IN_FULL_ASSESSMENT;
    } else {
      this.status = SCREENED_OUT;
    }
    return outcome;
  }

  /**
   * Whether the case has reached its full assessment: a positive Checklist or a direct referral.
   */
  public boolean hasFullAssessment() {
    return status == IN_FULL_ASSESSMENT || status == DECIDED;
  }

  /** The team's tool, open while the case is in full assessment. */
  public DecisionSupportTool decisionSupportTool() {
    if (status != IN_FULL_ASSESSMENT && status != DECIDED) {
      throw new ChcRuleException(
          "There is no full assessment in this case: it is " + describeStatus() + ".");
    }
    return decisionSupportTool;
  }

  /**
   * Records the ICB's decision on the team's recommendation. Departing from the recommendation
   * needs reasons; a decision after the 28 days needs the cause of the delay when it is eligible.
   */
  public EligibilityDecision decide(
      boolean eligible, LocalDate decidedOn, String reasonsForDeparting, DelayCause delayCause) {
    return decide(eligible, decidedOn, null, null, reasonsForDeparting, delayCause);
  }

  /**
   * Records the panel's decision as {@link #decide(boolean, LocalDate, String, DelayCause)} does,
   * with who decided and the reasons the decision letter gives.
   */
  public EligibilityDecision decide(
      boolean eligible,
      LocalDate decidedOn,
      String decidedBy,
      String reasons,
      String reasonsForDeparting,
      DelayCause delayCause) {
    if (status == DECIDED) {
      throw new ChcRuleException("Eligibility in this case is already decided.");
    }
    if (status != IN_FULL_ASSESSMENT) {
      throw new ChcRuleException(
          "Eligibility is decided after a full assessment; this case is " + describeStatus() + ".");
    }
    MdtRecommendation recommendation =
        decisionSupportTool
            .recommendation()
            .orElseThrow(
                () ->
                    new ChcRuleException(
                        "The ICB decides on the team's recommendation, and the Decision Support"
                            + " Tool has none yet."));
    boolean departs = eligible != (recommendation.outcome() == RecommendedOutcome.ELIGIBLE);
    if (departs && (reasonsForDeparting == null || reasonsForDeparting.isBlank())) {
      throw new ChcRuleException(
          "This decision differs from the team's recommendation. Record the exceptional"
              + " circumstances that justify it.");
    }
    // A refund is for care someone paid for while the ICB was late deciding; after a reassessment
    // or a reopened decision of someone already eligible the ICB has been paying all along.
    RefundPeriod refund =
        eligibleFrom != null
            ? null
            : clock().orElseThrow().refundPeriod(decidedOn, eligible, delayCause).orElse(null);
    if (eligible && eligibleFrom == null) {
      this.eligibleFrom = decidedOn;
    }
    if (!eligible && reassessing) {
      this.noLongerEligibleOn = decidedOn;
    }
    if (firstDecidedOn == null) {
      // The referral's own outcome, for the quarterly return: later decisions are reassessments.
      this.firstDecidedOn = decidedOn;
      this.firstDecisionEligible = eligible;
    }
    this.reassessing = false;
    this.eligible = eligible;
    this.decidedOn = decidedOn;
    this.decidedBy = decidedBy;
    this.decisionReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
    this.reasonsForDeparting =
        departs && reasonsForDeparting != null ? reasonsForDeparting.strip() : null;
    this.delayCause = delayCause;
    this.refundFrom = refund == null ? null : refund.from();
    this.refundTo = refund == null ? null : refund.to();
    this.status = DECIDED;
    return decision().orElseThrow();
  }

  /**
   * Whether NHS-funded Nursing Care must now be considered: for anyone found not eligible, by a
   * negative Checklist or by the ICB's decision, who lives in or is going to a care home with
   * nursing.
   */
  public NursingCareConsideration nursingCareConsideration(
      CareSetting livesIn, CareSetting goingTo) {
    if (status == SCREENED_OUT) {
      return NursingCareConsideration.after(false, livesIn, goingTo);
    }
    if (status == DECIDED) {
      return NursingCareConsideration.after(eligible, livesIn, goingTo);
    }
    throw new ChcRuleException(
        "NHS-funded Nursing Care is considered once eligibility is settled; this case is "
            + describeStatus()
            + ".");
  }

  /** The consideration for this person's own setting, as referred. */
  public NursingCareConsideration nursingCareConsideration() {
    return nursingCareConsideration(source.livesIn(), source.goingTo());
  }

  /**
   * Whether, eligibility being settled as not eligible, FNC is now to be considered; false while
   * eligibility is open or when the person is eligible.
   */
  public boolean nursingCareToBeConsidered() {
    return (status == SCREENED_OUT || status == DECIDED) && nursingCareConsideration().required();
  }

  /**
   * Records the outcome of considering NHS-funded Nursing Care, which the letter tells the person;
   * only where the consideration is required.
   */
  public void recordNursingCareDecision(boolean payable, String reasons, LocalDate decidedOn) {
    requireOpen();
    if (!nursingCareConsideration().required()) {
      throw new ChcRuleException(
          "NHS-funded Nursing Care is not in question here: "
              + nursingCareConsideration().reason());
    }
    this.fncPayable = payable;
    this.fncReasons = Text.required(reasons, "the reasons for the FNC decision");
    this.fncDecidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
  }

  /**
   * The person (or the one who may consent for them) declined the assessment: nothing more is done
   * and the case closes.
   */
  public void declineAssessment() {
    requireOpen();
    if (status == DECIDED || status == SCREENED_OUT) {
      throw new ChcRuleException("This case is already " + describeStatus() + ".");
    }
    this.status = ASSESSMENT_DECLINED;
  }

  /** Notes that the 28 days passed without a decision, for the CHC manager; the case carries on. */
  public void flagOverdue(LocalDate on) {
    if (status == IN_FULL_ASSESSMENT && breachFlaggedOn == null) {
      this.breachFlaggedOn = on;
    }
  }

  /** Closes the case once its last letter has gone; its retention clock starts that day. */
  public void close(LocalDate on) {
    close(on, processClosureReason());
  }

  /**
   * Closes the case for {@code reason} on {@code on}; its retention clock starts that day. A person
   * may close it at any point for a reason staff choose (died, moved out of area, withdrawn); the
   * process closes it only once eligibility is settled.
   */
  public void close(LocalDate on, ClosureReason reason) {
    requireOpen();
    Objects.requireNonNull(reason, "reason");
    if (!reason.chosenByStaff() && (status == AWAITING_CHECKLIST || status == IN_FULL_ASSESSMENT)) {
      throw new ChcRuleException("This case is " + describeStatus() + " and cannot close yet.");
    }
    this.closedOn = Objects.requireNonNull(on, "on");
    this.closureReason = reason;
  }

  /** Why the process closes the case now: from where it stands. */
  private ClosureReason processClosureReason() {
    if (status == ASSESSMENT_DECLINED) {
      return ClosureReason.ASSESSMENT_DECLINED;
    }
    return noLongerEligibleOn != null
        ? ClosureReason.NO_LONGER_ELIGIBLE
        : ClosureReason.NOT_ELIGIBLE;
  }

  // --- after eligibility: the care package, reviews, challenges -------------------------------

  /**
   * Whether the person is eligible now: found so (or Fast Tracked) and not since found otherwise.
   */
  public boolean isEligibleNow() {
    return eligibleFrom != null && noLongerEligibleOn == null;
  }

  /**
   * Arranges the care package, or changes it: a new version with who, when and why. Only for
   * someone eligible, starting no earlier than their eligibility.
   */
  public void arrangeCare(CarePackage carePackage) {
    requireOpen();
    Objects.requireNonNull(carePackage, "carePackage");
    if (!isEligibleNow()) {
      throw new ChcRuleException(
          "Care is arranged for someone eligible for NHS Continuing Healthcare; this case is "
              + describeStatus()
              + ".");
    }
    if (carePackage.startsOn().isBefore(eligibleFrom)) {
      throw new ChcRuleException(
          "The package cannot start on "
              + Text.day(carePackage.startsOn())
              + ", before eligibility began on "
              + Text.day(eligibleFrom)
              + ".");
    }
    packages.add(carePackage);
  }

  /**
   * Records a review of the care: it confirms the package, changes it (with the new version), or
   * arranges a full reassessment. A review never removes eligibility; the next review is due within
   * 12 months of this one.
   */
  public void recordReview(CareReview review, CarePackage changedPackage) {
    requireOpen();
    if (!isEligibleNow() || status != DECIDED) {
      throw new ChcRuleException(
          "A review is of the care of someone eligible; this case is " + describeStatus() + ".");
    }
    if (packages.isEmpty()) {
      throw new ChcRuleException("There is no care package to review yet: arrange it first.");
    }
    switch (review.outcome()) {
      case PACKAGE_CHANGED -> {
        if (changedPackage == null) {
          throw new ChcRuleException("A review that changes the package gives the new package.");
        }
      }
      case CONFIRMED, REASSESSMENT -> {
        if (changedPackage != null) {
          throw new ChcRuleException("Only a review that changes the package records a new one.");
        }
      }
    }
    if (review.outcome() != ReviewOutcome.REASSESSMENT) {
      LocalDate next =
          review
              .nextReviewBy()
              .orElseThrow(() -> new ChcRuleException("Give the date of the next review."));
      if (!next.isAfter(review.heldOn()) || next.isAfter(review.heldOn().plusMonths(12))) {
        throw new ChcRuleException(
            "The next review is due after this one and within 12 months of it, by "
                + Text.day(review.heldOn().plusMonths(12))
                + ".");
      }
    }
    if (changedPackage != null) {
      arrangeCare(changedPackage);
    }
    reviews.add(review);
    if (review.outcome() == ReviewOutcome.REASSESSMENT) {
      reopenAssessment(review.heldOn(), ClockStart.REASSESSMENT);
    }
  }

  /**
   * A new full assessment by a multidisciplinary team and a new decision, with their own 28 days:
   * after a review found needs changed, or after a challenge reopened the decision. Someone
   * eligible stays eligible, and funded, until the ICB decides otherwise.
   */
  private void reopenAssessment(LocalDate on, ClockStart start) {
    this.reassessing = eligibleFrom != null;
    this.decisionSupportTool = new DecisionSupportTool();
    this.breachFlaggedOn = null;
    startClock(new AssessmentClock(on, start));
    this.status = IN_FULL_ASSESSMENT;
  }

  /**
   * Records a request for local resolution of the decision made on {@code decisionOn}, asked for on
   * {@code requestedOn} within six months of the decision letter.
   */
  public Challenge requestLocalResolution(
      LocalDate decisionOn, LocalDate requestedOn, String grounds) {
    requireOpen();
    requireDisputableDecision(decisionOn);
    if (requestedOn.isBefore(decidedOn)) {
      throw new ChcRuleException("A request cannot come before the decision it disputes.");
    }
    if (requestedOn.isAfter(decidedOn.plusMonths(LOCAL_RESOLUTION_MONTHS))) {
      throw new ChcRuleException(
          "Local resolution is asked for within six months of the decision letter, by "
              + Text.day(decidedOn.plusMonths(LOCAL_RESOLUTION_MONTHS))
              + ".");
    }
    Challenge challenge =
        new Challenge(ChallengeStage.LOCAL_RESOLUTION, decisionOn, requestedOn, grounds);
    challenges.add(challenge);
    return challenge;
  }

  /**
   * Records a request to NHS England for an independent review, once local resolution has left the
   * decision standing.
   */
  public Challenge requestIndependentReview(
      LocalDate decisionOn, LocalDate requestedOn, String grounds) {
    requireOpen();
    requireDisputableDecision(decisionOn);
    boolean localResolutionDone =
        challenges.stream()
            .anyMatch(
                c ->
                    c.stage() == ChallengeStage.LOCAL_RESOLUTION
                        && c.decisionOn().equals(decisionOn)
                        && c.outcome().orElse(null) == ChallengeOutcome.DECISION_STANDS);
    if (!localResolutionDone) {
      throw new ChcRuleException(
          "NHS England's independent review follows local resolution: the ICB's local"
              + " resolution of this decision has not ended with the decision standing.");
    }
    Challenge challenge =
        new Challenge(ChallengeStage.INDEPENDENT_REVIEW, decisionOn, requestedOn, grounds);
    challenges.add(challenge);
    return challenge;
  }

  private void requireDisputableDecision(LocalDate decisionOn) {
    if (status != DECIDED || isFastTrack() || Boolean.TRUE.equals(eligible)) {
      throw new ChcRuleException(
          "There is no eligibility decision of the ICB to dispute: this case is "
              + describeStatus()
              + ".");
    }
    if (!decidedOn.equals(decisionOn)) {
      throw new ChcRuleException(
          "The decision in this case was made on " + Text.day(decidedOn) + ".");
    }
    if (openChallenge().isPresent()) {
      throw new ChcRuleException("A request about this decision is already open.");
    }
  }

  /** Records how the open challenge ended; a decision reopened goes back to a full assessment. */
  public Challenge recordChallengeOutcome(ChallengeOutcome outcome, LocalDate on, String reasons) {
    requireOpen();
    Challenge open =
        openChallenge()
            .orElseThrow(() -> new ChcRuleException("No request is waiting for its outcome."));
    Challenge decided = open.decided(outcome, on, reasons);
    challenges.set(challenges.indexOf(open), decided);
    if (outcome == ChallengeOutcome.DECISION_REOPENED) {
      reopenAssessment(on, ClockStart.DECISION_REOPENED);
    }
    return decided;
  }

  public Optional<Challenge> openChallenge() {
    return challenges.stream().filter(c -> c.outcome().isEmpty()).findFirst();
  }

  private void requireOpen() {
    if (closedOn != null) {
      throw new ChcRuleException("This case closed on " + Text.day(closedOn) + ".");
    }
  }

  private String describeStatus() {
    return switch (status) {
      case ASSESSMENT_DECLINED -> "closed because the assessment was declined";
      case AWAITING_CHECKLIST -> "waiting for its Checklist";
      case SCREENED_OUT -> "closed after a negative Checklist";
      case IN_FULL_ASSESSMENT -> "in full assessment";
      case DECIDED ->
          isFastTrack() ? "eligible through Fast Track" : eligible ? "eligible" : "not eligible";
    };
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  /** "CHC-2026-000045". */
  public String reference() {
    return reference;
  }

  public AffectedPerson person() {
    return person;
  }

  public ReferralSource source() {
    return source;
  }

  public Optional<Party> representative() {
    return Optional.ofNullable(representative);
  }

  public Optional<RepresentativeStanding> representativeStanding() {
    return Optional.ofNullable(representativeStanding);
  }

  public Referral referral() {
    return new Referral(person.nhsNumber(), person.dateOfBirth(), receivedOn, route);
  }

  public Optional<LocalDate> checklistReceivedOn() {
    return Optional.ofNullable(checklistReceivedOn);
  }

  public Optional<LocalDate> breachFlaggedOn() {
    return Optional.ofNullable(breachFlaggedOn);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<String> decisionReasons() {
    return Optional.ofNullable(decisionReasons);
  }

  public Optional<DelayCause> delayCause() {
    return Optional.ofNullable(delayCause);
  }

  /** Empty until the FNC decision is recorded; true when FNC is payable. */
  public Optional<Boolean> fncPayable() {
    return Optional.ofNullable(fncPayable);
  }

  public Optional<String> fncReasons() {
    return Optional.ofNullable(fncReasons);
  }

  public Optional<LocalDate> fncDecidedOn() {
    return Optional.ofNullable(fncDecidedOn);
  }

  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  public Optional<ClosureReason> closureReason() {
    return Optional.ofNullable(closureReason);
  }

  public boolean isFastTrack() {
    return route == ReferralRoute.FAST_TRACK;
  }

  public Optional<FastTrackTool> fastTrack() {
    return isFastTrack() ? Optional.ofNullable(fastTrack) : Optional.empty();
  }

  /** The first day of eligibility: the decision, or the day a Fast Track tool was received. */
  public Optional<LocalDate> eligibleFrom() {
    return Optional.ofNullable(eligibleFrom);
  }

  public Optional<LocalDate> noLongerEligibleOn() {
    return Optional.ofNullable(noLongerEligibleOn);
  }

  /** The first eligibility decision after the referral, before any reassessment or reopening. */
  public Optional<LocalDate> firstDecidedOn() {
    return Optional.ofNullable(firstDecidedOn);
  }

  public Optional<Boolean> firstDecisionEligible() {
    return Optional.ofNullable(firstDecisionEligible);
  }

  /**
   * The day the ICB was first asked for full consideration (the NHS Data Dictionary's referral): a
   * referral straight to full assessment on receipt, a Checklist once received positive; empty for
   * a negative or missing Checklist and for Fast Track.
   */
  public Optional<LocalDate> fullConsiderationReferredOn() {
    return switch (route) {
      case FULL_ASSESSMENT -> Optional.of(receivedOn);
      case CHECKLIST ->
          checklistOutcome().filter(ChecklistOutcome::isPositive).map(o -> checklistReceivedOn);
      case FAST_TRACK -> Optional.empty();
    };
  }

  /** The package in force on {@code day}: the latest version started by then. */
  public Optional<CarePackage> carePackageOn(LocalDate day) {
    CarePackage inForce = null;
    for (CarePackage version : packages) {
      if (!version.startsOn().isAfter(day)) {
        inForce = version;
      }
    }
    return Optional.ofNullable(inForce);
  }

  /** Whether the person was eligible, and the case open, on {@code day}. */
  public boolean wasEligibleOn(LocalDate day) {
    return eligibleFrom != null
        && !eligibleFrom.isAfter(day)
        && (noLongerEligibleOn == null || noLongerEligibleOn.isAfter(day))
        && (closedOn == null || closedOn.isAfter(day));
  }

  /** Whether the full assessment under way is a reassessment of someone eligible. */
  public boolean isReassessing() {
    return reassessing;
  }

  /** The package in force: the latest version. */
  public Optional<CarePackage> carePackage() {
    return packages.isEmpty() ? Optional.empty() : Optional.of(packages.get(packages.size() - 1));
  }

  /** Every version of the package, oldest first. */
  public List<CarePackage> carePackageHistory() {
    return List.copyOf(packages);
  }

  public List<CareReview> reviews() {
    return List.copyOf(reviews);
  }

  public List<Challenge> challenges() {
    return List.copyOf(challenges);
  }

  public boolean isClosed() {
    return closedOn != null;
  }

  public ChcCaseStatus status() {
    return status;
  }

  public Optional<Checklist> checklist() {
    return Optional.ofNullable(checklist);
  }

  /** The outcome of the Checklist once it was received complete; empty while it is a draft. */
  public Optional<ChecklistOutcome> checklistOutcome() {
    return checklistReceivedOn == null ? Optional.empty() : Optional.of(checklist.outcome());
  }

  public Optional<AssessmentClock> clock() {
    return clockStartedOn == null
        ? Optional.empty()
        : Optional.of(new AssessmentClock(clockStartedOn, clockStart));
  }

  public Optional<EligibilityDecision> decision() {
    if (eligible == null) {
      return Optional.empty();
    }
    RefundPeriod refund = refundFrom == null ? null : new RefundPeriod(refundFrom, refundTo);
    return Optional.of(new EligibilityDecision(eligible, decidedOn, reasonsForDeparting, refund));
  }
}
