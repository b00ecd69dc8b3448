package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;

/**
 * The two after-response models on a throwaway engine with its clock moved: the further response to
 * a reopened complaint (point 11) and the follow-up of a promised action (point 13). Their timers
 * are the engine's, so they survive a restart; here the job executor is played by {@link
 * ProcessTestHarness#passTime}.
 */
class AfterResponseProcessTest {

  private static final String PROCESS_DIR = "uk/nhs/icb/caseworkflows/complaints/process/";
  private static final Instant REOPENED = Instant.parse("2026-12-07T10:00:00Z");
  private static final Date FURTHER_RESPONSE_DUE = date("2027-01-13T17:00:00Z");
  private static final Date ACTION_DUE = date("2027-01-29T17:00:00Z");

  private final List<String> done = new ArrayList<>();

  private JavaDelegate recording(String what) {
    return execution ->
        done.add(what + " " + execution.getBusinessKey() + " " + execution.getVariable("actionId"));
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @Test
  void furtherLocalResolutionTellsTheManagerWhenTheFurtherResponseDatePassesAndKeepsTheStepOpen() {
    try (ProcessTestHarness process =
        new ProcessTestHarness(
            PROCESS_DIR + "complaint-further-response.bpmn",
            "c-1",
            REOPENED,
            Map.of("furtherResponseOverdue", recording("overdue")))) {
      process.start(
          "complaint-further-response",
          Map.of("caseType", "complaint", "furtherResponseDue", FURTHER_RESPONSE_DUE));

      assertThat(process.openTasks()).containsExactly("Write and send the further response");
      assertThat(process.openTask("Write and send the further response").getDueDate())
          .isEqualTo(FURTHER_RESPONSE_DUE);

      process.passTime(ProcessTestHarness.later(FURTHER_RESPONSE_DUE, -60));
      assertThat(done).isEmpty();

      process.passTime(ProcessTestHarness.later(FURTHER_RESPONSE_DUE, 1));
      assertThat(done).containsExactly("overdue c-1 null");
      assertThat(process.openTasks()).containsExactly("Write and send the further response");
      assertThat(process.waitingTimers()).isEmpty();

      process.complete("Write and send the further response");
      assertThat(process.isRunning()).isFalse();
    }
  }

  @Test
  void furtherLocalResolutionSentInTimeNeverTellsTheManager() {
    try (ProcessTestHarness process =
        new ProcessTestHarness(
            PROCESS_DIR + "complaint-further-response.bpmn",
            "c-1",
            REOPENED,
            Map.of("furtherResponseOverdue", recording("overdue")))) {
      process.start(
          "complaint-further-response",
          Map.of("caseType", "complaint", "furtherResponseDue", FURTHER_RESPONSE_DUE));
      process.complete("Write and send the further response");
      process.passTime(ProcessTestHarness.later(FURTHER_RESPONSE_DUE, 3600));

      assertThat(done).isEmpty();
      assertThat(process.isRunning()).isFalse();
    }
  }

  @Test
  void learningRemindsTheOwnerOfAnOverdueActionWhenDueAndEachWeekUntilItIsDone() {
    try (ProcessTestHarness process =
        new ProcessTestHarness(
            PROCESS_DIR + "complaint-action.bpmn",
            "c-1",
            REOPENED,
            Map.of("learningActionReminder", recording("reminded")))) {
      process.start(
          "complaint-action",
          Map.of(
              "caseType",
              "complaint",
              "actionId",
              "a-1",
              "actionDue",
              ACTION_DUE,
              "actionReminders",
              "R8/" + ACTION_DUE.toInstant() + "/P7D"));

      assertThat(process.openTasks())
          .containsExactly("Complete an action promised after a complaint");
      process.passTime(ProcessTestHarness.later(ACTION_DUE, -60));
      assertThat(done).isEmpty();

      process.passTime(ProcessTestHarness.later(ACTION_DUE, 1));
      assertThat(done).containsExactly("reminded c-1 a-1");

      process.passTime(ProcessTestHarness.later(ACTION_DUE, 7 * 24 * 3600 + 1));
      assertThat(done).containsExactly("reminded c-1 a-1", "reminded c-1 a-1");
      assertThat(process.openTasks())
          .containsExactly("Complete an action promised after a complaint");

      process.complete("Complete an action promised after a complaint");
      assertThat(process.isRunning()).isFalse();
      assertThat(process.waitingTimers()).isEmpty();
    }
  }
}
