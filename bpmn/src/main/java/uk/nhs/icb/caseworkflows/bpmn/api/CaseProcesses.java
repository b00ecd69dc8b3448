package uk.nhs.icb.caseworkflows.bpmn.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.ProcessHistories;

/**
 * The case modules' door to the engine. Every method joins the caller's transaction, so a case
 * change and its process step commit or roll back together.
 */
@ApplicationScoped
public class CaseProcesses implements ProcessHistories {

  private static final Logger LOG = Logger.getLogger(CaseProcesses.class.getName());

  private final ProcessEngine engine;

  @Inject
  public CaseProcesses(ProcessEngine engine) {
    this.engine = engine;
  }

  protected CaseProcesses() {
    this(null);
  }

  /** Starts the case's process; returns the process instance id. */
  @Transactional
  public String start(String processKey, CaseKey caseKey, Map<String, Object> flags) {
    Map<String, Object> variables = new HashMap<>(flags);
    variables.put(CaseKey.TYPE_VARIABLE, caseKey.type());
    variables.put(CaseKey.REFERENCE_VARIABLE, caseKey.reference());
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(processKey, caseKey.id(), variables)
        .getId();
  }

  /**
   * Ends every running process of that business key, for {@code reason} (kept in the engine's
   * history): a retention clock stopped because its case was reopened. Returns how many ended.
   */
  @Transactional
  public int stop(String businessKey, String reason) {
    List<ProcessInstance> running =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .list();
    for (ProcessInstance instance : running) {
      translatedRun(
          () -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), reason));
    }
    return running.size();
  }

  /** Completes a task of the case; the task must belong to that case's process. */
  @Transactional
  public void completeTask(String caseId, String taskId, Map<String, Object> variables) {
    Task task = openTask(caseId, taskId);
    completeOpenTask(engine.getTaskService(), task.getId(), variables);
  }

  /** Sends a message to the case's process (a withdrawal, a reply that arrived). */
  @Transactional
  public void correlate(String messageName, String caseId, Map<String, Object> variables) {
    // Checked first: the engine would log a refused message as an error, and it is a user's
    // conflict.
    if (!isWaitingFor(messageName, caseId)) {
      throw notWaiting(messageName);
    }
    translated(
        () -> {
          try {
            return engine
                .getRuntimeService()
                .createMessageCorrelation(messageName)
                .processInstanceBusinessKey(caseId)
                .setVariables(variables)
                .correlateWithResult();
          } catch (MismatchingMessageCorrelationException lostRace) {
            throw notWaiting(messageName);
          }
        });
  }

  private boolean isWaitingFor(String messageName, String caseId) {
    return engine
            .getRuntimeService()
            .createExecutionQuery()
            .processInstanceBusinessKey(caseId)
            .messageEventSubscriptionName(messageName)
            .count()
        > 0;
  }

  private static ConflictProblem notWaiting(String messageName) {
    return new ConflictProblem(
        "This case is not at a step where '" + messageName + "' can be received.");
  }

  /**
   * Moves the due date of the case's open tasks of one step, when the deadline behind it moved (the
   * clock was restarted, the response date changed). Returns how many tasks moved.
   */
  @Transactional
  public int moveDueDate(String caseId, String taskDefinitionKey, Instant due) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseId)
            .taskDefinitionKey(taskDefinitionKey)
            .active()
            .list();
    for (Task task : tasks) {
      task.setDueDate(java.util.Date.from(due));
      translatedRun(() -> engine.getTaskService().saveTask(task));
    }
    return tasks.size();
  }

  /**
   * Gives the case's open tasks offered to {@code team} to {@code assignee}, claimed or not, when
   * the case's caseworker changed; tasks of other roles stay where they are. Returns how many
   * moved.
   */
  @Transactional
  public int assignOpenTasks(String caseId, String team, String assignee) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseId)
            .taskCandidateGroup(team)
            .includeAssignedTasks()
            .active()
            .list();
    int moved = 0;
    for (Task task : tasks) {
      if (!assignee.equals(task.getAssignee())) {
        translatedRun(() -> engine.getTaskService().setAssignee(task.getId(), assignee));
        moved++;
      }
    }
    return moved;
  }

  /**
   * Moves the case's pending timers of one event (a reminder, an escalation) to a new moment, when
   * the date behind them changed. A timer that has already fired is gone and stays gone. Returns
   * how many timers moved.
   */
  @Transactional
  public int rescheduleTimer(String caseId, String timerEventId, Instant due) {
    List<Job> timers =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(processInstanceIdOf(caseId))
            .activityId(timerEventId)
            .timers()
            .list();
    for (Job timer : timers) {
      translatedRun(
          () ->
              engine.getManagementService().setJobDuedate(timer.getId(), java.util.Date.from(due)));
    }
    return timers.size();
  }

  private String processInstanceIdOf(String caseId) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult();
    if (instance == null) {
      throw new ConflictProblem("This case has no running process.");
    }
    return instance.getId();
  }

  /** The case's open user tasks, soonest due first. */
  @Transactional
  public List<CaseTask> openTasks(String caseId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .active()
        .orderByDueDate()
        .asc()
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(CaseProcesses::toCaseTask)
        .toList();
  }

  /**
   * The case's open user tasks in processes started with {@code variable} equal to {@code value}:
   * one of several processes a case runs side by side (one per action it promised, say).
   */
  @Transactional
  public List<CaseTask> openTasks(String caseId, String variable, String value) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .processVariableValueEquals(variable, value)
        .active()
        .list()
        .stream()
        .map(CaseProcesses::toCaseTask)
        .toList();
  }

  /** Whether the case's process is still running. */
  @Transactional
  public boolean isRunning(String caseId) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .count()
        > 0;
  }

  /**
   * Erases the process history of a case destroyed at the end of its retention: the engine's record
   * of its steps, tasks and variables goes with the case. Refused while the case's process still
   * runs. Returns how many process instances' history was erased.
   */
  @Override
  @Transactional
  public int eraseHistory(String caseId) {
    if (isRunning(caseId)) {
      throw new ConflictProblem(
          "This case's process is still running, so its records cannot be destroyed.");
    }
    List<String> finished =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    if (!finished.isEmpty()) {
      translatedRun(() -> engine.getHistoryService().deleteHistoricProcessInstances(finished));
    }
    return finished.size();
  }

  private Task openTask(String caseId, String taskId) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskId(taskId)
            .processInstanceBusinessKey(caseId)
            .singleResult();
    if (task == null) {
      throw new NotFoundProblem("This case has no open task " + taskId + ".");
    }
    return task;
  }

  static CaseTask toCaseTask(Task task) {
    return new CaseTask(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getAssignee(),
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  /** Why a step recorded by its own use case is not completed from the task list. */
  public static final String RECORD_IT_THROUGH_ITS_FORM =
      "This step cannot be completed from the task list: record it through its own form on the"
          + " case, which keeps what the step decides.";

  /**
   * Completes a task that was just found open. If a colleague completes it at the same moment, the
   * engine fails in ways that depend on timing and database (an optimistic-locking failure, or an
   * internal null because the winner's commit removed the task's execution mid-command); either way
   * this transaction rolls back, and the loser is told of the conflict rather than of a fault.
   */
  public static void completeOpenTask(
      TaskService tasks, String taskId, Map<String, Object> variables) {
    try {
      translatedRun(() -> tasks.complete(taskId, variables));
    } catch (ConflictProblem | NotFoundProblem known) {
      throw known;
    } catch (NullPointerException lostRace) {
      // (An optimistic-locking failure is already a ConflictProblem from translatedRun.)
      LOG.info(
          () ->
              "Task "
                  + taskId
                  + " could not be completed, taken as a concurrent completion: "
                  + lostRace.getClass().getName());
      throw new ConflictProblem(
          "This task was completed or changed by someone else at the same moment. Reload your list.");
    } catch (ProcessEngineException | NoSuchElementException | IllegalStateException needsItsForm) {
      // The step's next activities read what the step's own form records (a panel's decision,
      // a screening's due date); completed bare from the task list, they find nothing and the
      // whole completion is rolled back. Said as it is, not as a colleague's race.
      LOG.info(
          () ->
              "Task "
                  + taskId
                  + " could not be completed from the task list: "
                  + needsItsForm.getClass().getName()
                  + ": "
                  + needsItsForm.getMessage());
      throw new ConflictProblem(RECORD_IT_THROUGH_ITS_FORM);
    }
  }

  /** Like {@link #translated} for a call with no result. */
  public static void translatedRun(Runnable call) {
    translated(
        () -> {
          call.run();
          return null;
        });
  }

  /** Runs an engine call and turns the engine's losing-a-race and not-found into problems. */
  public static <T> T translated(Supplier<T> call) {
    try {
      return call.get();
    } catch (OptimisticLockingException lostRace) {
      throw new ConflictProblem(
          "Someone else changed this case at the same moment. Reload it and try again.");
    } catch (NotFoundException | NullValueException gone) {
      throw new NotFoundProblem("That task or case is no longer open.");
    }
  }
}
