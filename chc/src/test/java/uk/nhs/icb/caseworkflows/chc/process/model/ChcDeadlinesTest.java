package uk.nhs.icb.caseworkflows.chc.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness.later;
import static uk.nhs.icb.caseworkflows.chc.process.model.ChcProcessHarness.DECISION_DUE;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 28 days as the engine keeps them: a timer that tells the CHC manager and stops nothing. */
class ChcDeadlinesTest {

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
  void theTwentyEightDaysStartWithThePositiveChecklist() {
    chc.referByChecklist(false);
    chc.agreeToAssessment();
    assertThat(chc.waitingTimers()).isEmpty();

    chc.positiveChecklist();

    assertThat(chc.waitingTimers()).containsExactly("decision-overdue");
  }

  @Test
  void nothingIsFlaggedUpToTheEndOfDayTwentyEight() {
    chc.referForFullAssessment();
    chc.agreeToAssessment();

    chc.passTime(later(DECISION_DUE, -60));

    assertThat(chc.asked()).isEmpty();
    assertThat(chc.waitingTimers()).containsExactly("decision-overdue");
  }

  @Test
  void aBreachIsFlaggedOnceAndTheAssessmentCarriesOn() {
    chc.referForFullAssessment();
    chc.agreeToAssessment();

    chc.passTime(later(DECISION_DUE, 1));

    assertThat(chc.asked()).containsExactly("breach DECISION_OVERDUE");
    assertThat(chc.openTasks()).containsExactly("Complete the Decision Support Tool");
    assertThat(chc.waitingTimers()).isEmpty();

    chc.complete("Complete the Decision Support Tool");
    chc.complete("Decide eligibility", Map.of("eligible", true));
    assertThat(chc.asked())
        .containsExactly("breach DECISION_OVERDUE", "letter chc-eligibility-decision");
    assertThat(chc.openTasks()).containsExactly("Arrange the care package");
  }

  @Test
  void aBreachWhileThePanelDecidesIsFlaggedToo() {
    chc.referForFullAssessment();
    chc.agreeToAssessment();
    chc.complete("Complete the Decision Support Tool");

    chc.passTime(later(DECISION_DUE, 3600));

    assertThat(chc.asked()).containsExactly("breach DECISION_OVERDUE");
    assertThat(chc.openTasks()).containsExactly("Decide eligibility");
  }

  @Test
  void aDecisionInTimeCancelsTheTimer() {
    chc.referForFullAssessment();
    chc.agreeToAssessment();
    chc.complete("Complete the Decision Support Tool");
    chc.complete("Decide eligibility", Map.of("eligible", true));

    assertThat(chc.waitingTimers()).isEmpty();
    assertThat(chc.asked()).doesNotContain("breach DECISION_OVERDUE");
  }
}
