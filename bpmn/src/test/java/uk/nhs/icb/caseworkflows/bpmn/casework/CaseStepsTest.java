package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.GoneProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;

/** The step mechanics for a made-up workflow of funding requests, without an engine. */
class CaseStepsTest {

  enum Step implements TaskKey {
    SCREEN("screen"),
    DECIDE("decide");

    private final String key;

    Step(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  record Request(String id, String reference, boolean closed) {}

  static final class Requests implements CaseFiles<Request> {
    final Map<String, Request> byId = new HashMap<>();

    @Override
    public String caseType() {
      return "ifr";
    }

    @Override
    public String noun() {
      return "funding request";
    }

    @Override
    public Optional<Request> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public String referenceOf(Request file) {
      return file.reference();
    }

    @Override
    public boolean isClosed(Request file) {
      return file.closed();
    }

    @Override
    public String idOf(Request file) {
      return file.id();
    }
  }

  /** An engine stand-in: open tasks per case; completing one removes it, or fails as told. */
  static final class Processes extends CaseProcesses {
    final Map<String, List<CaseTask>> open = new HashMap<>();
    final List<String> completed = new ArrayList<>();
    final Map<String, Map<String, Object>> flagsGiven = new HashMap<>();
    boolean colleagueWasFaster;

    Processes() {
      super(null);
    }

    @Override
    public List<CaseTask> openTasks(String caseId) {
      return open.getOrDefault(caseId, List.of());
    }

    @Override
    public void completeTask(String caseId, String taskId, Map<String, Object> variables) {
      if (colleagueWasFaster) {
        throw new NotFoundProblem("This case has no open task " + taskId + ".");
      }
      completed.add(taskId);
      flagsGiven.put(taskId, variables);
    }
  }

  static final class Register extends RetentionRegister {
    final Set<String> destroyed = new HashSet<>();

    @Override
    public void requireNotDestroyed(String recordType, String recordId) {
      if (destroyed.contains(recordType + "/" + recordId)) {
        throw new GoneProblem("destroyed");
      }
    }
  }

  private final Requests requests = new Requests();
  private final Processes processes = new Processes();
  private final Register register = new Register();
  private final CaseSteps<Request, Step> steps = new CaseSteps<>(requests, processes, register);

  private final Request open = new Request("r-1", "IFR-2026-000001", false);

  CaseStepsTest() {
    requests.byId.put(open.id(), open);
  }

  private static CaseTask task(String id, String key) {
    return new CaseTask(id, key, key, null, Instant.EPOCH, null);
  }

  @Test
  void findsTheFileByItsId() {
    assertThat(steps.file("r-1")).isEqualTo(open);
  }

  @Test
  void aCaseThatNeverExistedIsNotFoundByItsNoun() {
    assertThatThrownBy(() -> steps.file("r-9"))
        .isInstanceOf(NotFoundProblem.class)
        .hasMessage("There is no funding request r-9.");
  }

  @Test
  void aDestroyedCaseIsGoneRatherThanNotFound() {
    register.destroyed.add("ifr/r-8");

    assertThatThrownBy(() -> steps.file("r-8")).isInstanceOf(GoneProblem.class);
  }

  @Test
  void theOpenStepIsFoundByItsTaskKey() {
    processes.open.put("r-1", List.of(task("t-1", "screen"), task("t-2", "decide")));

    assertThat(steps.openStep(open, Step.DECIDE, "a decision").id()).isEqualTo("t-2");
    assertThat(steps.waitingAt(open, Step.SCREEN)).map(CaseTask::id).contains("t-1");
  }

  @Test
  void aStepTheCaseIsNotWaitingForIsAConflictNamingTheCase() {
    processes.open.put("r-1", List.of(task("t-1", "screen")));

    assertThat(steps.waitingAt(open, Step.DECIDE)).isEmpty();
    assertThatThrownBy(() -> steps.openStep(open, Step.DECIDE, "a decision"))
        .isInstanceOf(ConflictProblem.class)
        .hasMessage("Funding request IFR-2026-000001 is not waiting for a decision.");
  }

  @Test
  void aClosedCaseSaysItIsClosed() {
    Request closed = new Request("r-2", "IFR-2026-000002", true);

    assertThatThrownBy(() -> steps.openStep(closed, Step.SCREEN, "screening"))
        .hasMessage("Funding request IFR-2026-000002 is not waiting for screening: it is closed.");
  }

  @Test
  void completingAStepGivesTheEngineItsFlags() {
    processes.open.put("r-1", List.of(task("t-1", "screen")));
    CaseTask step = steps.openStep(open, Step.SCREEN, "screening");

    steps.complete(open, step, Map.of("exceptional", true));

    assertThat(processes.completed).containsExactly("t-1");
    assertThat(processes.flagsGiven.get("t-1")).containsEntry("exceptional", true);
  }

  @Test
  void aStepAColleagueCompletedFirstIsAConflictNotAMissingTask() {
    processes.colleagueWasFaster = true;

    assertThatThrownBy(() -> steps.complete(open, task("t-1", "screen"), Map.of()))
        .isInstanceOf(ConflictProblem.class)
        .hasMessage(
            "Someone else has just done this step of funding request IFR-2026-000001."
                + " Reload the funding request to see what they did.");
  }

  @Test
  void aDeadlineIsTheEndOfTheWorkingDayInEngland() {
    // 5 pm in British Summer Time is 4 pm UTC.
    assertThat(CaseSteps.endOf(LocalDate.of(2026, 7, 1)).toInstant())
        .isEqualTo(Instant.parse("2026-07-01T16:00:00Z"));
    assertThat(CaseSteps.endOf(LocalDate.of(2026, 1, 15)).toInstant())
        .isEqualTo(Instant.parse("2026-01-15T17:00:00Z"));
  }
}
