package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;

/**
 * What every case action does around its own rule: find the file (404, or 410 once destroyed),
 * check the process is at that step (409 otherwise, so an action cannot skip ahead), and complete
 * the step with the flags the process routes on. A case module makes it a bean by extending it with
 * its own {@link CaseFiles} and task keys.
 *
 * @param <C> the case's aggregate
 * @param <K> the workflow's user tasks
 */
public class CaseSteps<C, K extends TaskKey> {

  private final CaseFiles<C> files;
  private final CaseProcesses processes;
  private final RetentionRegister retention;

  public CaseSteps(CaseFiles<C> files, CaseProcesses processes, RetentionRegister retention) {
    this.files = files;
    this.processes = processes;
    this.retention = retention;
  }

  /** How the kit finds and names this type of case. */
  public CaseFiles<C> files() {
    return files;
  }

  /** The engine's API, for a subclass that drives the case's process further. */
  protected CaseProcesses processes() {
    return processes;
  }

  /** The file; 410 if it was destroyed at the end of its retention, 404 if it never existed. */
  public C file(String id) {
    Optional<C> file = files.find(id);
    if (file.isEmpty()) {
      retention.requireNotDestroyed(files.caseType(), id);
      throw new NotFoundProblem("There is no " + files.noun() + " " + id + ".");
    }
    return file.get();
  }

  /** The open task of that step, if the case is waiting there. */
  public Optional<CaseTask> waitingAt(C file, K step) {
    return processes.openTasks(files.idOf(file)).stream()
        .filter(task -> task.definitionKey().equals(step.key()))
        .findFirst();
  }

  /**
   * The open task of that step in the one of the case's processes started with {@code variable}
   * equal to {@code value}, when a case runs several side by side.
   */
  public Optional<CaseTask> waitingAt(C file, K step, String variable, String value) {
    return processes.openTasks(files.idOf(file), variable, value).stream()
        .filter(task -> task.definitionKey().equals(step.key()))
        .findFirst();
  }

  /** The open task of that step, or a 409 naming the step the case is waiting for. */
  public CaseTask openStep(C file, K step, String description) {
    return waitingAt(file, step)
        .orElseThrow(
            () ->
                new ConflictProblem(
                    files.nounStartingASentence()
                        + " "
                        + files.referenceOf(file)
                        + " is not waiting for "
                        + description
                        + (files.isClosed(file) ? ": it is closed." : ".")));
  }

  /** Completes a step found open; a colleague who completed it first makes this a 409. */
  public void complete(C file, CaseTask step, Map<String, Object> flags) {
    try {
      processes.completeTask(files.idOf(file), step.id(), flags);
    } catch (NotFoundProblem doneMeanwhile) {
      // The step was open a moment ago in this very transaction: a colleague has just done it.
      throw new ConflictProblem(
          "Someone else has just done this step of "
              + files.noun()
              + " "
              + files.referenceOf(file)
              + ". Reload the "
              + files.noun()
              + " to see what they did.");
    }
  }

  /** A deadline as the process's timers and due dates need it: the end of that working day. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(17, 0).atZone(WorkingDayCalendar.LONDON).toInstant());
  }
}
