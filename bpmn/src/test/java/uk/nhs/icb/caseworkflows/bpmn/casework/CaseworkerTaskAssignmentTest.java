package uk.nhs.icb.caseworkflows.bpmn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.TaskList;
import uk.nhs.icb.caseworkflows.bpmn.tasklist.UseCaseSteps;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * On a real (in-memory) engine with the listener registered as the engine configuration does: a
 * case's team tasks go to its caseworker, a manager's task stays with the managers, a reassignment
 * moves the open team tasks, and the first claim of an unowned case makes the claimer its owner.
 */
class CaseworkerTaskAssignmentTest {

  private static final String TEAM = "complaints-handler";
  private static final String MANAGERS = "complaints-manager";

  private final KnownOwners owners = new KnownOwners();
  private ProcessEngine engine;
  private CaseProcesses processes;

  @BeforeEach
  void startEngine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("casework-" + UUID.randomUUID())
                .setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false);
    configuration.setCustomPreBPMNParseListeners(
        new ArrayList<>(List.of(new CaseworkerTaskAssignment(() -> owners))));
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("casework-probe.bpmn", twoStepsAndASignOff())
        .deploy();
    processes = new CaseProcesses(engine);
  }

  @AfterEach
  void stopEngine() {
    engine.close();
  }

  @Test
  void aTaskCreatedForACaseWithACaseworkerIsAssignedToThem() {
    owners.set("c-1", "alice");

    start("c-1");

    assertThat(tasksOf("c-1")).containsEntry("gather", "alice");
  }

  @Test
  void aCaseWithNobodyLeavesItsTasksOpenToTheTeam() {
    start("c-1");

    assertThat(tasksOf("c-1")).containsEntry("gather", null);
  }

  @Test
  void anotherRolesTaskIsNotGivenToTheCaseworker() {
    owners.set("c-1", "alice");
    start("c-1");

    completeAll("c-1");

    assertThat(tasksOf("c-1")).containsEntry("review", "alice").containsEntry("signOff", null);
  }

  @Test
  void aReassignmentMovesTheOpenTeamTasksAndLaterTasksFollowTheNewCaseworker() {
    owners.set("c-1", "alice");
    owners.set("c-2", "alice");
    start("c-1");
    start("c-2");

    owners.set("c-1", "bob");
    int moved = processes.assignOpenTasks("c-1", TEAM, "bob");

    assertThat(moved).isEqualTo(1);
    assertThat(tasksOf("c-1")).containsEntry("gather", "bob");
    assertThat(tasksOf("c-2")).as("another case of alice's").containsEntry("gather", "alice");
    completeAll("c-1");
    assertThat(tasksOf("c-1")).containsEntry("review", "bob").containsEntry("signOff", null);
    assertThat(processes.assignOpenTasks("c-1", TEAM, "bob")).as("nothing left to move").isZero();
  }

  @Test
  void claimingATaskOfAnUnownedCaseMakesTheClaimerItsCaseworker() {
    start("c-1");
    TaskList taskList =
        new TaskList(
            engine,
            new SilentAuditTrail(),
            Clock.system(ZoneId.of("UTC")),
            owners,
            UseCaseSteps.NONE);
    String gather = engine.getTaskService().createTaskQuery().singleResult().getId();

    taskList.claim(new Caller("carol", Set.of(TEAM)), gather);
    engine.getTaskService().complete(gather);

    assertThat(owners.ownerOf("complaint", "c-1")).contains(new CaseOwners.Owner(TEAM, "carol"));
    assertThat(tasksOf("c-1")).containsEntry("review", "carol");
  }

  private void start(String caseId) {
    processes.start("casework-probe", new CaseKey("complaint", caseId, "CMP-" + caseId), Map.of());
  }

  private void completeAll(String caseId) {
    engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).list().stream()
        .filter(task -> task.getTaskDefinitionKey().equals("gather"))
        .forEach(task -> engine.getTaskService().complete(task.getId()));
  }

  /** Each open task's key and assignee. */
  private Map<String, String> tasksOf(String caseId) {
    Map<String, String> tasks = new HashMap<>();
    for (Task task :
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).list()) {
      tasks.put(task.getTaskDefinitionKey(), task.getAssignee());
    }
    return tasks;
  }

  private static BpmnModelInstance twoStepsAndASignOff() {
    return Bpmn.createExecutableProcess("casework-probe")
        .camundaHistoryTimeToLive(30)
        .startEvent()
        .userTask("gather")
        .camundaCandidateGroups(TEAM)
        .parallelGateway("split")
        .userTask("review")
        .camundaCandidateGroups(TEAM)
        .endEvent()
        .moveToNode("split")
        .userTask("signOff")
        .camundaCandidateGroups(MANAGERS)
        .endEvent()
        .done();
  }

  /** Case owners kept in a map, as the assignments table would keep them. */
  private static final class KnownOwners implements CaseOwners {

    private final Map<String, String> caseworkers = new HashMap<>();

    void set(String caseId, String caseworker) {
      caseworkers.put(caseId, caseworker);
    }

    @Override
    public Optional<Owner> ownerOf(String caseType, String caseId) {
      return Optional.ofNullable(caseworkers.get(caseId)).map(name -> new Owner(TEAM, name));
    }

    @Override
    public void taskClaimed(String caseType, String caseId, String claimer) {
      caseworkers.putIfAbsent(caseId, claimer);
    }
  }

  private static final class SilentAuditTrail extends AuditTrail {
    @Override
    public AuditEvent record(AuditEntry entry) {
      return null;
    }
  }
}
