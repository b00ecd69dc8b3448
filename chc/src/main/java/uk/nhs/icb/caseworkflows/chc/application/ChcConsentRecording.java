package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseConsentRecording;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.BestInterestsDecision;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityAssessment;
import uk.nhs.icb.caseworkflows.common.consent.domain.CapacityOutcome;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Consent and capacity on a CHC case. The person consents for themselves unless a capacity
 * assessment found they lack capacity for the decision; then only the consent of an attorney for
 * health and welfare or a deputy, or a decision made in their best interests, stands in for theirs.
 * Nothing about the person is shared with family or representatives without one of these; the
 * assessment goes ahead only with consent to it (or what stands in for it).
 */
@ApplicationScoped
public class ChcConsentRecording {

  /** The person's role in their CHC case, as consent records name it. */
  public static final String INDIVIDUAL = "individual";

  private final ChcSteps steps;
  private final CaseConsents consents;
  private final CaseConsentRecording<ChcCase> recording;

  @Inject
  public ChcConsentRecording(ChcSteps steps, CaseConsents consents) {
    this.steps = steps;
    this.consents = consents;
    this.recording = new CaseConsentRecording<>(steps, consents);
  }

  protected ChcConsentRecording() {
    this(null, null);
  }

  /** The person a CHC case's consents are about. */
  public static ConsentSubject subjectOf(ChcCase chcCase) {
    return ConsentSubject.of(chcCase.person().name(), INDIVIDUAL);
  }

  /** Records a capacity assessment and, where they lack capacity, a best-interests decision. */
  @Transactional
  public CapacityAssessment assessCapacity(
      String id,
      String decisionInQuestion,
      String assessedBy,
      LocalDate assessedOn,
      CapacityOutcome outcome,
      BestInterestsDecision bestInterests) {
    ChcCase chcCase = steps.file(id);
    if (assessedOn.isAfter(steps.today())) {
      throw new InvalidInputException("assessedOn", "A capacity assessment cannot be in future.");
    }
    if (bestInterests != null && outcome != CapacityOutcome.LACKS_CAPACITY) {
      throw new InvalidInputException(
          "bestInterests",
          "A best-interests decision is made only for someone who lacks capacity for the"
              + " decision.");
    }
    return recording.recordCapacityAssessment(
        chcCase,
        ChcConsentRecording::subjectOf,
        decisionInQuestion,
        assessedBy,
        assessedOn,
        outcome,
        bestInterests);
  }

  /**
   * Records consent to the assessment ({@code PROCESS_CASE}) or to sharing with named family and
   * representatives ({@code SHARE_WITH_FAMILY}), given as {@code givenAs} says; refused (400 on
   * {@code givenAs}) when the capacity record does not allow that giver.
   */
  @Transactional
  public ConsentRecord recordConsent(
      String id, ConsentPurpose purpose, ConsentGivenAs givenAs, ConsentMethod how, Instant at) {
    if (purpose != ConsentPurpose.PROCESS_CASE && purpose != ConsentPurpose.SHARE_WITH_FAMILY) {
      throw new InvalidInputException(
          "purpose", "A CHC case records consent to the assessment or to sharing with family.");
    }
    ChcCase chcCase = steps.file(id);
    Instant givenAt = at == null ? steps.now() : at;
    if (givenAt.isAfter(steps.now())) {
      throw new InvalidInputException("givenAt", "Consent cannot be given in future.");
    }
    ConsentGiver giver = giverAllowed(chcCase, givenAs);
    return recording.record(chcCase, ChcConsentRecording::subjectOf, giver, purpose, how, givenAt);
  }

  private ConsentGiver giverAllowed(ChcCase chcCase, ConsentGivenAs givenAs) {
    Optional<CapacityAssessment> latest = latestAssessment(chcCase);
    boolean lacksCapacity =
        latest.map(a -> a.outcome() == CapacityOutcome.LACKS_CAPACITY).orElse(false);
    return switch (givenAs) {
      case THE_PERSON -> {
        if (lacksCapacity) {
          throw new InvalidInputException(
              "givenAs",
              "The latest capacity assessment found the person lacks capacity for this decision:"
                  + " their attorney's or deputy's consent, or a best-interests decision, is"
                  + " needed.");
        }
        yield ConsentGiver.thePerson();
      }
      case REPRESENTATIVE -> {
        requireLacksCapacity(lacksCapacity);
        RepresentativeStanding standing =
            chcCase
                .representativeStanding()
                .filter(RepresentativeStanding::mayConsentForThePerson)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "givenAs",
                            "Only an attorney for health and welfare or a deputy may consent for"
                                + " the person; record a best-interests decision instead."));
        yield ConsentGiver.representative(
            chcCase.representative().orElseThrow().name(), standing.title());
      }
      case BEST_INTERESTS_DECISION -> {
        requireLacksCapacity(lacksCapacity);
        yield latest
            .flatMap(CapacityAssessment::bestInterests)
            .map(BestInterestsDecision::asConsentGiver)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "givenAs",
                        "Record the best-interests decision (who decided, whom they consulted and"
                            + " why) with the capacity assessment first."));
      }
    };
  }

  private static void requireLacksCapacity(boolean lacksCapacity) {
    if (!lacksCapacity) {
      throw new InvalidInputException(
          "givenAs",
          "Someone else consents for the person only after a capacity assessment found they lack"
              + " capacity for this decision. Record the assessment first.");
    }
  }

  private Optional<CapacityAssessment> latestAssessment(ChcCase chcCase) {
    List<CapacityAssessment> assessments =
        consents.capacityAssessmentsOf(ChcCase.CASE_TYPE, chcCase.id());
    return assessments.isEmpty()
        ? Optional.empty()
        : Optional.of(assessments.get(assessments.size() - 1));
  }

  /**
   * Completes the consent step: the assessment goes ahead (only with consent to it in force), or
   * the person declined it and the case closes.
   */
  @Transactional
  public ChcCase decideOnAssessment(String id, boolean agreed) {
    ChcCase chcCase = steps.file(id);
    CaseTask step = steps.openStep(chcCase, ChcTask.RECORD_CONSENT, "its consent to assessment");
    if (agreed && !isCovered(chcCase, ConsentPurpose.PROCESS_CASE)) {
      throw new ConflictProblem(
          "Record consent to the assessment first: the person's own, their attorney's or"
              + " deputy's, or a best-interests decision.");
    }
    if (!agreed) {
      chcCase.declineAssessment();
    }
    steps.complete(chcCase, step, Map.of("assessmentAgreed", agreed));
    steps.audit("CHC_ASSESSMENT_" + (agreed ? "AGREED" : "DECLINED"), id, "consent step");
    return chcCase;
  }

  /** Whether the person's information may go to their family and representatives now. */
  public boolean mayShareWithFamily(ChcCase chcCase) {
    return isCovered(chcCase, ConsentPurpose.SHARE_WITH_FAMILY);
  }

  private boolean isCovered(ChcCase chcCase, ConsentPurpose purpose) {
    return consents
        .check(ChcCase.CASE_TYPE, chcCase.id())
        .isCovered(purpose, subjectOf(chcCase), steps.now());
  }
}
