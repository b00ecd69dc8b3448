package uk.nhs.icb.caseworkflows.chc.process.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of chc.bpmn from referral to the last letter, as the assessor and the panel work it.
 */
class ChcProcessTest {

  private ChcProcessHarness chc;

  @BeforeEach
  void startEngine() {
    chc = new ChcProcessHarness();
  }

  @AfterEach
  void stopEngine() {
    chc.close();
  }

  @Test
  void aReferralWaitsForConsentBeforeAnythingElse() {
    chc.referByChecklist(false);

    assertThat(chc.openTasks()).containsExactly("Record consent and capacity");
    assertThat(chc.openTask("Record consent and capacity").getTaskDefinitionKey())
        .isEqualTo("record-consent");
  }

  @Test
  void aDeclinedAssessmentClosesTheCaseWithNothingElseDone() {
    chc.referByChecklist(false);

    chc.complete("Record consent and capacity", Map.of("assessmentAgreed", false));

    assertThat(chc.asked()).containsExactly("closed");
    assertThat(chc.isRunning()).isFalse();
  }

  @Test
  void aNegativeChecklistSendsItsLetterAndClosesWithoutAnAssessment() {
    chc.referByChecklist(false);
    chc.agreeToAssessment();

    chc.complete("Complete the Checklist", Map.of("checklistPositive", false));

    assertThat(chc.asked()).containsExactly("letter chc-checklist-outcome", "closed");
    assertThat(chc.isRunning()).isFalse();
  }

  @Test
  void aNegativeChecklistForSomeoneInACareHomeWithNursingGoesOnToFnc() {
    chc.referByChecklist(true);
    chc.agreeToAssessment();

    chc.complete("Complete the Checklist", Map.of("checklistPositive", false));

    assertThat(chc.openTasks()).containsExactly("Decide on NHS-funded Nursing Care");
    chc.complete("Decide on NHS-funded Nursing Care");
    assertThat(chc.asked())
        .containsExactly("letter chc-checklist-outcome", "letter chc-nursing-care", "closed");
    assertThat(chc.isRunning()).isFalse();
  }

  @Test
  void aPositiveChecklistLeadsToTheToolThenThePanelThenAnEligibleDecisionLetter() {
    chc.referByChecklist(false);
    chc.agreeToAssessment();

    chc.positiveChecklist();
    assertThat(chc.asked()).containsExactly("letter chc-checklist-outcome");
    assertThat(chc.openTasks()).containsExactly("Complete the Decision Support Tool");
    assertThat(chc.openTask("Complete the Decision Support Tool").getDueDate())
        .isEqualTo(ChcProcessHarness.DECISION_DUE);

    chc.complete("Complete the Decision Support Tool");
    assertThat(chc.openTasks()).containsExactly("Decide eligibility");
    assertThat(chc.openTask("Decide eligibility").getTaskDefinitionKey())
        .isEqualTo("decide-eligibility");

    chc.complete("Decide eligibility", Map.of("eligible", true));

    assertThat(chc.asked())
        .containsExactly("letter chc-checklist-outcome", "letter chc-eligibility-decision");
    assertThat(chc.openTasks()).containsExactly("Arrange the care package");
    assertThat(chc.isRunning()).isTrue();
  }

  @Test
  void notEligibleInACareHomeWithNursingIsConsideredForFncAndToldSo() {
    chc.referByChecklist(true);
    chc.agreeToAssessment();
    chc.positiveChecklist();
    chc.complete("Complete the Decision Support Tool");

    chc.complete("Decide eligibility", Map.of("eligible", false));

    assertThat(chc.openTasks()).containsExactly("Decide on NHS-funded Nursing Care");
    chc.complete("Decide on NHS-funded Nursing Care");
    assertThat(chc.asked())
        .containsExactly(
            "letter chc-checklist-outcome",
            "letter chc-eligibility-decision",
            "letter chc-nursing-care",
            "closed");
    assertThat(chc.isRunning()).isFalse();
  }

  @Test
  void notEligibleAtHomeClosesAfterTheDecisionLetterWithoutFnc() {
    chc.referForFullAssessment();
    chc.agreeToAssessment();
    chc.complete("Complete the Decision Support Tool");

    chc.complete("Decide eligibility", Map.of("eligible", false));

    assertThat(chc.asked()).containsExactly("letter chc-eligibility-decision", "closed");
  }

  @Test
  void aReferralStraightToFullAssessmentSkipsTheChecklist() {
    chc.referForFullAssessment();

    chc.agreeToAssessment();

    assertThat(chc.openTasks()).containsExactly("Complete the Decision Support Tool");
    assertThat(chc.asked()).isEmpty();
  }

  @Test
  void aBestInterestsDecisionLetsTheAssessmentGoAheadLikeConsent() {
    // The use case completes the consent step with assessmentAgreed once a best-interests decision
    // (or an attorney's consent) stands in for the person's own; the model routes on the flag only.
    chc.referByChecklist(false);

    chc.complete(
        "Record consent and capacity", Map.of("assessmentAgreed", true, "bestInterests", true));

    assertThat(chc.openTasks()).containsExactly("Complete the Checklist");
  }
}
