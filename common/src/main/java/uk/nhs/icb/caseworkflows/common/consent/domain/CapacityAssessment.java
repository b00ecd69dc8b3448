package uk.nhs.icb.caseworkflows.common.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.casework.domain.CasePart;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A capacity assessment under the Mental Capacity Act 2005, kept with the case whose consent it
 * bears on: capacity is decision-specific, so it names the decision in question, who assessed it,
 * when, and what they found. Where the person lacks capacity, a consent given by a representative
 * or a best-interests decision may stand in for theirs ({@link #allowsConsentGivenAs}); where they
 * have it, only their own consent counts.
 */
@Entity
@Table(name = "capacity_assessment")
public class CapacityAssessment extends CasePart {

  public static final int TEXT_LENGTH = 1000;

  @Embedded private ConsentSubject subject;

  @Column(name = "decision_in_question", nullable = false, length = TEXT_LENGTH)
  private String decisionInQuestion;

  @Column(name = "assessed_by", nullable = false, length = 200)
  private String assessedBy;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private CapacityOutcome outcome;

  @Embedded private BestInterestsDecision bestInterests;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CapacityAssessment() {}

  private CapacityAssessment(String caseType, String caseId) {
    super(caseType, caseId);
  }

  /**
   * @param decisionInQuestion the decision the person's capacity was assessed for ("to consent to
   *     an assessment of eligibility for NHS Continuing Healthcare")
   * @param assessedBy who assessed, with their role
   */
  public static CapacityAssessment recorded(
      String caseType,
      String caseId,
      ConsentSubject whose,
      String decisionInQuestion,
      String assessedBy,
      LocalDate assessedOn,
      CapacityOutcome outcome,
      Instant recordedAt,
      String recordedBy) {
    CapacityAssessment assessment =
        new CapacityAssessment(
            Text.required(caseType, "the case type"), Text.required(caseId, "the case id"));
    assessment.subject = Objects.requireNonNull(whose, "whose");
    assessment.decisionInQuestion = Text.required(decisionInQuestion, "the decision in question");
    assessment.assessedBy = Text.required(assessedBy, "who assessed capacity");
    assessment.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
    assessment.outcome = Objects.requireNonNull(outcome, "outcome");
    assessment.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    assessment.recordedBy = Text.required(recordedBy, "who recorded the assessment");
    return assessment;
  }

  /**
   * Whether a consent given in that capacity may rest on this assessment: the person's own only
   * when they have capacity; a representative's or a best-interests decision only when they lack
   * it.
   */
  public boolean allowsConsentGivenAs(ConsentGivenAs givenAs) {
    return (givenAs == ConsentGivenAs.THE_PERSON) == (outcome == CapacityOutcome.HAS_CAPACITY);
  }

  /**
   * Records the decision made in the person's best interests after this assessment found they lack
   * capacity; refused when they have it, since then only they decide.
   */
  public void recordBestInterestsDecision(BestInterestsDecision decision) {
    if (outcome != CapacityOutcome.LACKS_CAPACITY) {
      throw new ConsentRuleException(
          "A best-interests decision is made only for someone who lacks capacity for the decision;"
              + " this assessment found they have it.");
    }
    this.bestInterests = Objects.requireNonNull(decision, "decision");
  }

  /** Empty unless a best-interests decision was recorded on this assessment. */
  public Optional<BestInterestsDecision> bestInterests() {
    return Optional.ofNullable(bestInterests);
  }

  public ConsentSubject subject() {
    return subject;
  }

  public String decisionInQuestion() {
    return decisionInQuestion;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public CapacityOutcome outcome() {
    return outcome;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
