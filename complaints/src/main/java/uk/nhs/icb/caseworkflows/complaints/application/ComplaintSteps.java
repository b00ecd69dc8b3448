package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/**
 * What every complaint action does around its own rule: find the file (404), check the process is
 * at that step (409 otherwise, so an action cannot skip ahead), and complete the step with the
 * flags the process routes on.
 */
@ApplicationScoped
public class ComplaintSteps {

  private final Complaints complaints;
  private final CaseProcesses processes;
  private final RetentionRegister retention;

  @Inject
  public ComplaintSteps(
      Complaints complaints, CaseProcesses processes, RetentionRegister retention) {
    this.complaints = complaints;
    this.processes = processes;
    this.retention = retention;
  }

  protected ComplaintSteps() {
    this(null, null, null);
  }

  /** The file; 410 if it was destroyed at the end of its retention, 404 if it never existed. */
  public Complaint file(String id) {
    Optional<Complaint> complaint = complaints.find(id);
    if (complaint.isEmpty()) {
      retention.requireNotDestroyed(Complaint.CASE_TYPE, id);
      throw new NotFoundProblem("There is no complaint " + id + ".");
    }
    return complaint.get();
  }

  /** The open task of that step, if the complaint is waiting there. */
  public Optional<CaseTask> waitingAt(Complaint complaint, ComplaintTask step) {
    return processes.openTasks(complaint.id()).stream()
        .filter(task -> task.definitionKey().equals(step.key()))
        .findFirst();
  }

  /** The open task of that step, or a 409 naming the step the complaint is waiting for. */
  public CaseTask openStep(Complaint complaint, ComplaintTask step, String description) {
    return waitingAt(complaint, step)
        .orElseThrow(
            () ->
                new ConflictProblem(
                    "Complaint "
                        + complaint.reference().formatted()
                        + " is not waiting for "
                        + description
                        + (complaint.isClosed() ? ": it is closed." : ".")));
  }

  public void complete(Complaint complaint, CaseTask step, Map<String, Object> flags) {
    try {
      processes.completeTask(complaint.id(), step.id(), flags);
    } catch (NotFoundProblem doneMeanwhile) {
      // The step was open a moment ago in this very transaction: a colleague has just done it.
      throw new ConflictProblem(
          "Someone else has just done this step of complaint "
              + complaint.reference().formatted()
              + ". Reload the complaint to see what they did.");
    }
  }

  /** A deadline as the process's timers and due dates need it: the end of that working day. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(17, 0).atZone(WorkingDayCalendar.LONDON).toInstant());
  }
}
