package uk.nhs.icb.caseworkflows.bpmn.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;

/** What a person is told when a task cannot be completed from the task list, and why. */
class CompleteOpenTaskTest {

  /** A task service whose completion fails as {@code failure} does. */
  private static TaskService failingWith(RuntimeException failure) {
    return (TaskService)
        Proxy.newProxyInstance(
            TaskService.class.getClassLoader(),
            new Class<?>[] {TaskService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("complete")) {
                throw failure;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void aStepWhoseNextActivitiesFindNothingRecordedIsToldToUseItsOwnForm() {
    assertThatThrownBy(
            () ->
                CaseProcesses.completeOpenTask(
                    failingWith(new NoSuchElementException("No value present")), "t-1", Map.of()))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("record it through its own form");
  }

  @Test
  void aCompletionThatLostARaceIsToldSo() {
    assertThatThrownBy(
            () ->
                CaseProcesses.completeOpenTask(
                    failingWith(new NullPointerException()), "t-1", Map.of()))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("someone else at the same moment");
  }
}
