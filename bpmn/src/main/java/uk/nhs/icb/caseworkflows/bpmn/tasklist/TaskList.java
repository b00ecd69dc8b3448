package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseOwners;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * The caller's tasks and what they can do with them. Each action is one transaction with its audit
 * event; losing a race with a colleague (both claim, both complete) ends in a 409 for one of them.
 */
@ApplicationScoped
public class TaskList {

  private final ProcessEngine engine;
  private final AuditTrail auditTrail;
  private final Clock clock;
  private final CaseOwners owners;
  private final UseCaseSteps useCaseSteps;

  @Inject
  public TaskList(
      ProcessEngine engine,
      AuditTrail auditTrail,
      Clock clock,
      CaseOwners owners,
      UseCaseSteps useCaseSteps) {
    this.engine = engine;
    this.auditTrail = auditTrail;
    this.clock = clock;
    this.owners = owners;
    this.useCaseSteps = useCaseSteps;
  }

  /** A task list whose claims make nobody a caseworker and that completes any model's tasks. */
  public TaskList(ProcessEngine engine, AuditTrail auditTrail, Clock clock) {
    this(engine, auditTrail, clock, CaseOwners.NONE, UseCaseSteps.NONE);
  }

  protected TaskList() {
    this(null, null, null, null, null);
  }

  @Transactional
  public Page<TaskView> tasksOf(Caller caller, TaskFilter filter, PageRequest pageRequest) {
    Instant now = clock.instant();
    TaskQuery query = visibleTo(caller, filter.whose());
    if (query == null) {
      return Page.of(List.of(), pageRequest, 0);
    }
    if (filter.caseType() != null) {
      query.processVariableValueEquals(CaseKey.TYPE_VARIABLE, filter.caseType());
    }
    if (filter.overdueOnly()) {
      query.dueBefore(Date.from(now));
    }
    sort(query, filter.sort());
    long total = query.count();
    List<Task> tasks = query.listPage(pageRequest.firstResult(), pageRequest.size());
    return Page.of(views(tasks, now), pageRequest, total);
  }

  /**
   * A manager's view of their teams' work: every open task offered to one of the team roles,
   * claimed or not, with the breaches (overdue tasks) first, then the rest in the filter's order.
   * Only a caller holding one of {@code teamRoles} may see it; the caller decides which teams a
   * role manages.
   */
  @Transactional
  public Page<TaskView> teamTasksOf(
      Caller manager, Set<String> teamRoles, TaskFilter filter, PageRequest pageRequest) {
    if (teamRoles.isEmpty() || !manager.hasAnyRole(teamRoles)) {
      return Page.of(List.of(), pageRequest, 0);
    }
    Instant now = clock.instant();
    TaskQuery breaches = teamQuery(teamRoles, filter).dueBefore(Date.from(now));
    long breachCount = breaches.count();
    List<Task> tasks = new ArrayList<>();
    if (pageRequest.firstResult() < breachCount) {
      sort(breaches, filter.sort());
      tasks.addAll(breaches.listPage(pageRequest.firstResult(), pageRequest.size()));
    }
    long others = 0;
    if (!filter.overdueOnly()) {
      TaskQuery rest =
          teamQuery(teamRoles, filter).or().dueAfter(Date.from(now)).withoutDueDate().endOr();
      others = rest.count();
      int wanted = pageRequest.size() - tasks.size();
      if (wanted > 0) {
        sort(rest, filter.sort());
        int first = (int) Math.max(0, pageRequest.firstResult() - breachCount);
        tasks.addAll(rest.listPage(first, wanted));
      }
    }
    return Page.of(views(tasks, now), pageRequest, breachCount + others);
  }

  /** How many of the teams' open tasks are past their due date. */
  @Transactional
  public long teamBreaches(Caller manager, Set<String> teamRoles, String caseType) {
    if (teamRoles.isEmpty() || !manager.hasAnyRole(teamRoles)) {
      return 0;
    }
    TaskFilter filter = new TaskFilter(caseType, true, TaskFilter.Whose.TEAM, TaskFilter.Sort.DUE);
    return teamQuery(teamRoles, filter).dueBefore(Date.from(clock.instant())).count();
  }

  private TaskQuery teamQuery(Set<String> teamRoles, TaskFilter filter) {
    TaskQuery query =
        taskService()
            .createTaskQuery()
            .active()
            .taskCandidateGroupIn(List.copyOf(teamRoles))
            .includeAssignedTasks();
    if (filter.caseType() != null) {
      query.processVariableValueEquals(CaseKey.TYPE_VARIABLE, filter.caseType());
    }
    return query;
  }

  @Transactional
  public TaskView claim(Caller caller, String taskId) {
    Task task = reachable(caller, taskId);
    if (caller.name().equals(task.getAssignee())) {
      return view(task);
    }
    if (task.getAssignee() != null) {
      throw alreadyClaimed(task);
    }
    try {
      CaseProcesses.translatedRun(() -> taskService().claim(taskId, caller.name()));
    } catch (TaskAlreadyClaimedException lostRace) {
      throw alreadyClaimed(task);
    }
    TaskView claimed = view(task);
    audit("TASK_CLAIMED", claimed, task.getName());
    // Claiming the first task of a case nobody works makes the claimer its caseworker.
    owners.taskClaimed(claimed.caseType(), claimed.caseId(), caller.name());
    return view(reachable(caller, taskId));
  }

  @Transactional
  public TaskView unclaim(Caller caller, String taskId) {
    Task task = reachable(caller, taskId);
    if (task.getAssignee() != null && !caller.name().equals(task.getAssignee())) {
      throw alreadyClaimed(task);
    }
    if (task.getAssignee() != null) {
      CaseProcesses.translatedRun(() -> taskService().setAssignee(taskId, null));
      audit("TASK_UNCLAIMED", view(task), task.getName());
    }
    return view(reachable(caller, taskId));
  }

  @Transactional
  public void complete(Caller caller, String taskId, Map<String, Object> sentVariables) {
    Map<String, Object> variables = FormVariables.checked(sentVariables);
    Task task = reachable(caller, taskId);
    if (useCaseSteps.cover(modelOf(task))) {
      // Before the engine runs: nothing is touched, and the person is sent to the step's form.
      throw new ConflictProblem(CaseProcesses.RECORD_IT_THROUGH_ITS_FORM);
    }
    if (task.getAssignee() != null && !caller.name().equals(task.getAssignee())) {
      throw alreadyClaimed(task);
    }
    // Read the case first: completing the last task ends the process and its case variables.
    TaskView before = view(task);
    // The engine first, the audit after: with the audit chain's head locked first, the engine's
    // own new transaction for a block of ids could wait behind it on PostgreSQL and never end.
    CaseProcesses.completeOpenTask(taskService(), taskId, variables);
    audit("TASK_COMPLETED", before, task.getName() + "; variables " + variables.keySet());
  }

  /** The resource the task's model was deployed from (every version of a model keeps it). */
  private String modelOf(Task task) {
    return engine
        .getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId())
        .getResourceName();
  }

  /**
   * The task, if the caller may act on it: assigned to them, or one of their roles is a candidate
   * group. Anything else is reported as not found, so task ids of other teams cannot be probed.
   */
  private Task reachable(Caller caller, String taskId) {
    Task task = taskService().createTaskQuery().taskId(taskId).active().singleResult();
    if (task == null
        || !(caller.name().equals(task.getAssignee()) || isCandidate(caller, taskId))) {
      throw new NotFoundProblem("There is no open task " + taskId + " for you.");
    }
    return task;
  }

  private boolean isCandidate(Caller caller, String taskId) {
    // One query, not the task's identity links: a colleague may complete the task between the
    // query above and this read, and on PostgreSQL the engine's identity-link command then failed
    // inside itself (the task's execution already gone) as a 500; a query just finds nothing.
    return !caller.roles().isEmpty()
        && taskService()
                .createTaskQuery()
                .taskId(taskId)
                .active()
                .taskCandidateGroupIn(List.copyOf(caller.roles()))
                .includeAssignedTasks()
                .count()
            > 0;
  }

  private TaskQuery visibleTo(Caller caller, TaskFilter.Whose whose) {
    List<String> groups = List.copyOf(caller.roles());
    TaskQuery query = taskService().createTaskQuery().active();
    return switch (whose) {
      case MINE -> query.taskAssignee(caller.name());
      case TEAM -> groups.isEmpty() ? null : query.taskCandidateGroupIn(groups);
      case ALL ->
          groups.isEmpty()
              ? query.taskAssignee(caller.name())
              : query.or().taskAssignee(caller.name()).taskCandidateGroupIn(groups).endOr();
    };
  }

  private static void sort(TaskQuery query, TaskFilter.Sort sort) {
    switch (sort) {
      case DUE -> query.orderByDueDate().asc().orderByTaskCreateTime().asc();
      case DUE_DESC -> query.orderByDueDate().desc().orderByTaskCreateTime().asc();
      case CREATED -> query.orderByTaskCreateTime().asc();
      case NAME -> query.orderByTaskName().asc().orderByDueDate().asc();
    }
  }

  /** The case behind each task, read in two queries for the whole page rather than two per task. */
  private List<TaskView> views(List<Task> tasks, Instant now) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    String[] instanceIds =
        tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    Map<String, String> caseIds =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceIds(Set.of(instanceIds))
            .list()
            .stream()
            .collect(
                Collectors.toMap(
                    ProcessInstance::getId,
                    instance ->
                        instance.getBusinessKey() == null ? "" : instance.getBusinessKey()));
    Map<String, Map<String, Object>> caseVariables = new HashMap<>();
    for (VariableInstance variable :
        engine
            .getRuntimeService()
            .createVariableInstanceQuery()
            .processInstanceIdIn(instanceIds)
            .variableNameIn(CaseKey.TYPE_VARIABLE, CaseKey.REFERENCE_VARIABLE)
            .list()) {
      if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
        caseVariables
            .computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return tasks.stream()
        .map(
            task -> {
              Map<String, Object> variables =
                  caseVariables.getOrDefault(task.getProcessInstanceId(), Map.of());
              return new TaskView(
                  task.getId(),
                  task.getName(),
                  (String) variables.get(CaseKey.TYPE_VARIABLE),
                  caseIds.get(task.getProcessInstanceId()),
                  (String) variables.get(CaseKey.REFERENCE_VARIABLE),
                  task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                  task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                  task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now),
                  task.getAssignee());
            })
        .toList();
  }

  private TaskView view(Task task) {
    return views(List.of(task), clock.instant()).get(0);
  }

  private void audit(String action, TaskView view, String detail) {
    auditTrail.record(AuditEntry.change(action, view.caseType(), view.caseId(), detail));
  }

  private static ConflictProblem alreadyClaimed(Task task) {
    return new ConflictProblem(
        "This task has been claimed by "
            + task.getAssignee()
            + ". Ask them, or a manager, to release it.");
  }

  private TaskService taskService() {
    return engine.getTaskService();
  }
}
