package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.testing.InMemoryEngine;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.security.Caller;

class TaskListTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Caller ALICE = new Caller("alice", Set.of("complaints-handler"));
  private static final Caller BOB = new Caller("bob", Set.of("complaints-handler"));
  private static final Caller NURSE = new Caller("nina", Set.of("chc-assessor"));

  private ProcessEngine engine;
  private CaseProcesses processes;
  private RecordingAuditTrail audit;
  private TaskList taskList;

  @BeforeEach
  void startEngine() {
    engine = InMemoryEngine.start();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "complaint-probe.bpmn", reviewProcess("complaint-probe", "complaints-handler"))
        .addModelInstance("chc-probe.bpmn", reviewProcess("chc-probe", "chc-assessor"))
        .deploy();
    processes = new CaseProcesses(engine);
    audit = new RecordingAuditTrail();
    taskList = new TaskList(engine, audit, Clock.fixed(NOW, ZoneId.of("Europe/London")));
  }

  @AfterEach
  void stopEngine() {
    engine.close();
  }

  @Test
  void aHandlerSeesTheTasksOpenToTheirRoleSoonestDueFirstWithTheirCase() {
    open("complaint-probe", "complaint", "c-2", "CMP-2", "2026-11-30T17:00:00Z");
    open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-20T17:00:00Z");
    open("chc-probe", "chc", "h-1", "CHC-1", "2026-11-21T17:00:00Z");

    Page<TaskView> page = taskList.tasksOf(ALICE, TaskFilter.EVERYTHING, new PageRequest(0, 20));

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items())
        .extracting(
            TaskView::caseReference, TaskView::caseType, TaskView::caseId, TaskView::overdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CMP-1", "complaint", "c-1", true),
            org.assertj.core.groups.Tuple.tuple("CMP-2", "complaint", "c-2", false));
    assertThat(page.items().get(0).name()).isEqualTo("Review");
  }

  @Test
  void theListIsPagedWithTheTotal() {
    for (int i = 1; i <= 5; i++) {
      open("complaint-probe", "complaint", "c-" + i, "CMP-" + i, "2026-12-0" + i + "T12:00:00Z");
    }

    Page<TaskView> second = taskList.tasksOf(ALICE, TaskFilter.EVERYTHING, new PageRequest(1, 2));

    assertThat(second.total()).isEqualTo(5);
    assertThat(second.items())
        .extracting(TaskView::caseReference)
        .containsExactly("CMP-3", "CMP-4");
  }

  @Test
  void filtersNarrowToOverdueOrToACaseTypeOrToMine() {
    open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-20T17:00:00Z");
    String later = open("complaint-probe", "complaint", "c-2", "CMP-2", "2026-11-30T17:00:00Z");
    taskList.claim(ALICE, later);

    assertThat(list(ALICE, new TaskFilter(null, true, TaskFilter.Whose.ALL, TaskFilter.Sort.DUE)))
        .containsExactly("CMP-1");
    assertThat(list(ALICE, new TaskFilter(null, false, TaskFilter.Whose.MINE, TaskFilter.Sort.DUE)))
        .containsExactly("CMP-2");
    assertThat(list(ALICE, new TaskFilter(null, false, TaskFilter.Whose.TEAM, TaskFilter.Sort.DUE)))
        .containsExactly("CMP-1");
    assertThat(list(ALICE, new TaskFilter("chc", false, TaskFilter.Whose.ALL, TaskFilter.Sort.DUE)))
        .isEmpty();
  }

  @Test
  void aTaskOfAnotherWorkflowCannotBeSeenClaimedOrCompleted() {
    String chcTask = open("chc-probe", "chc", "h-1", "CHC-1", "2026-11-21T17:00:00Z");

    assertThat(list(ALICE, TaskFilter.EVERYTHING)).isEmpty();
    assertThatThrownBy(() -> taskList.claim(ALICE, chcTask)).isInstanceOf(NotFoundProblem.class);
    assertThatThrownBy(() -> taskList.complete(ALICE, chcTask, Map.of()))
        .isInstanceOf(NotFoundProblem.class);
    assertThat(engine.getTaskService().createTaskQuery().taskId(chcTask).count()).isEqualTo(1);
  }

  @Test
  void aClaimedTaskLeavesTheTeamListAndOnlyItsAssigneeMayCompleteOrReleaseIt() {
    String task = open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-25T17:00:00Z");

    TaskView claimed = taskList.claim(ALICE, task);

    assertThat(claimed.assignee()).isEqualTo("alice");
    assertThat(list(BOB, TaskFilter.EVERYTHING)).isEmpty();
    assertThatThrownBy(() -> taskList.claim(BOB, task))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("alice");
    assertThatThrownBy(() -> taskList.complete(BOB, task, Map.of()))
        .isInstanceOf(ConflictProblem.class);
    assertThatThrownBy(() -> taskList.unclaim(BOB, task)).isInstanceOf(ConflictProblem.class);

    taskList.unclaim(ALICE, task);

    assertThat(list(BOB, TaskFilter.EVERYTHING)).containsExactly("CMP-1");
  }

  @Test
  void completingRecordsTheDecisionsEndsTheTaskAndIsAudited() {
    String task = open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-25T17:00:00Z");
    taskList.claim(ALICE, task);

    taskList.complete(ALICE, task, Map.of("accepted", true));

    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("accepted")
                .singleResult()
                .getValue())
        .isEqualTo(true);
    assertThat(audit.entries)
        .extracting(AuditEntry::action, AuditEntry::caseType, AuditEntry::caseId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TASK_CLAIMED", "complaint", "c-1"),
            org.assertj.core.groups.Tuple.tuple("TASK_COMPLETED", "complaint", "c-1"));
  }

  @Test
  void aStepItsWorkflowRecordsThroughItsOwnFormIsRefusedBareAndLeftAsItWas() {
    TaskList guarded =
        new TaskList(
            engine,
            audit,
            Clock.fixed(NOW, ZoneId.of("Europe/London")),
            uk.nhs.icb.caseworkflows.bpmn.casework.CaseOwners.NONE,
            new UseCaseSteps(Set.of("complaint-probe.bpmn")));
    String task = open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-25T17:00:00Z");
    String other = open("chc-probe", "chc", "h-1", "CHC-1", "2026-11-25T17:00:00Z");

    assertThat(guarded.claim(ALICE, task).assignee()).isEqualTo("alice");
    assertThatThrownBy(() -> guarded.complete(ALICE, task, Map.of("accepted", true)))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("record it through its own form");

    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("accepted")
                .count())
        .isZero();
    assertThat(audit.entries).extracting(AuditEntry::action).containsExactly("TASK_CLAIMED");
    // A model not declared as its use cases' own is completed as before.
    guarded.complete(NURSE, other, Map.of());
    assertThat(engine.getTaskService().createTaskQuery().taskId(other).count()).isZero();
  }

  @Test
  void completingTwiceFindsTheTaskGone() {
    String task = open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-25T17:00:00Z");
    taskList.complete(ALICE, task, Map.of());

    assertThatThrownBy(() -> taskList.complete(BOB, task, Map.of()))
        .isInstanceOf(NotFoundProblem.class);
  }

  @Test
  void badVariablesAreRefusedBeforeTheTaskIsTouched() {
    String task = open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-25T17:00:00Z");

    assertThatThrownBy(() -> taskList.complete(ALICE, task, Map.of("caseReference", "X")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void theListCanBeSortedLatestDueFirst() {
    open("complaint-probe", "complaint", "c-1", "CMP-1", "2026-11-20T17:00:00Z");
    open("complaint-probe", "complaint", "c-2", "CMP-2", "2026-11-30T17:00:00Z");

    assertThat(list(ALICE, TaskFilter.parse(null, null, null, "due_desc")))
        .containsExactly("CMP-2", "CMP-1");
  }

  @Test
  void aManagerSeesTheTeamsTasksClaimedOrNotWithBreachesFirstAcrossPages() {
    Caller manager = new Caller("maria", Set.of("complaints-manager"));
    Set<String> team = Set.of("complaints-handler", "complaints-manager");
    open("complaint-probe", "complaint", "c-1", "CMP-LATER", "2026-12-20T17:00:00Z");
    String claimed =
        open("complaint-probe", "complaint", "c-2", "CMP-LATE", "2026-11-20T17:00:00Z");
    open("complaint-probe", "complaint", "c-3", "CMP-SOON", "2026-11-25T17:00:00Z");
    open("complaint-probe", "complaint", "c-4", "CMP-LATEST", "2026-11-22T17:00:00Z");
    open("chc-probe", "chc", "h-1", "CHC-1", "2026-11-01T17:00:00Z");
    taskList.claim(BOB, claimed);

    Page<TaskView> first =
        taskList.teamTasksOf(
            manager, team, TaskFilter.parse(null, null, null, "due_desc"), new PageRequest(0, 3));
    Page<TaskView> second =
        taskList.teamTasksOf(
            manager, team, TaskFilter.parse(null, null, null, "due_desc"), new PageRequest(1, 3));

    assertThat(first.total()).isEqualTo(4);
    assertThat(first.items())
        .extracting(TaskView::caseReference)
        .containsExactly("CMP-LATEST", "CMP-LATE", "CMP-LATER");
    assertThat(first.items().get(1).assignee()).isEqualTo("bob");
    assertThat(second.items()).extracting(TaskView::caseReference).containsExactly("CMP-SOON");
    assertThat(taskList.teamBreaches(manager, team, null)).isEqualTo(2);
    assertThat(
            taskList
                .teamTasksOf(
                    ALICE, Set.of("chc-assessor"), TaskFilter.EVERYTHING, new PageRequest(0, 5))
                .total())
        .isZero();
  }

  private List<String> list(Caller caller, TaskFilter filter) {
    return taskList.tasksOf(caller, filter, new PageRequest(0, 50)).items().stream()
        .map(TaskView::caseReference)
        .toList();
  }

  private String open(String process, String type, String id, String reference, String due) {
    processes.start(
        process,
        new CaseKey(type, id, reference),
        Map.of("due", java.util.Date.from(Instant.parse(due))));
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(id)
        .singleResult()
        .getId();
  }

  private static BpmnModelInstance reviewProcess(String key, String group) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(30)
        .startEvent()
        .userTask("review")
        .name("Review")
        .camundaCandidateGroups(group)
        .camundaDueDate("${due}")
        .endEvent()
        .done();
  }
}
