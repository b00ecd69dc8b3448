package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseSteps;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;

/**
 * The actions a complaint's response promised (and the Ombudsman's recommendations), each followed
 * to completion: a task for its owner from the day the response goes, a reminder when it falls due
 * and each week after while it stays open, recorded done with what was done. They outlive the
 * complaint's closure and stay on its page for the complaints manager.
 */
@ApplicationScoped
public class LearningActions {

  /** Weekly reminders after the due day, this many at most. */
  static final int REMINDERS = 8;

  /** The process variable naming the action a follow-up process is for. */
  static final String ACTION_ID = "actionId";

  private final ComplaintSteps steps;
  private final AfterResponseRecords records;

  @Inject
  public LearningActions(ComplaintSteps steps, AfterResponseRecords records) {
    this.steps = steps;
    this.records = records;
  }

  protected LearningActions() {
    this(null, null);
  }

  /** Opens one action and its follow-up process per promise, in the caller's transaction. */
  public List<LearningAction> open(
      Complaint complaint, LearningAction.Source source, List<ResponseAction> promised) {
    Instant now = steps.now();
    return promised.stream()
        .map(
            promise -> {
              LearningAction action = LearningAction.open(complaint.id(), source, promise, now);
              records.add(action);
              steps.startProcess(
                  AfterResponseProcessModels.ACTION,
                  complaint,
                  Map.of(
                      ACTION_ID,
                      action.id(),
                      "actionDue",
                      CaseSteps.endOf(action.dueBy()),
                      "actionReminders",
                      reminders(action.dueBy())));
              steps.audit(
                  "ACTION_OPENED", complaint.id(), source + " action due " + action.dueBy());
              return action;
            })
        .toList();
  }

  /** When the reminders go: the end of the due day, then weekly. */
  static String reminders(LocalDate due) {
    return "R" + REMINDERS + "/" + CaseSteps.endOf(due).toInstant() + "/P7D";
  }

  /** Its owner (or a manager for them) records the action done. */
  @Transactional
  public LearningAction complete(String id, String actionId, String note) {
    Complaint complaint = steps.file(id);
    LearningAction action = actionOf(id, actionId);
    action.complete(note, steps.now(), steps.callerName());
    steps.audit("ACTION_COMPLETED", id, action.source() + " action due " + action.dueBy());
    // Its task ends with it; an action opened before its process existed has none to end.
    steps
        .waitingAt(complaint, ComplaintTask.COMPLETE_ACTION, ACTION_ID, actionId)
        .ifPresent(step -> steps.complete(complaint, step, Map.of()));
    return action;
  }

  /** The process's reminder: the action is due or overdue and still open. */
  @Transactional
  public void remind(String id, String actionId) {
    LearningAction action = actionOf(id, actionId);
    if (action.isDone()) {
      return;
    }
    action.reminded(steps.now());
    steps.audit(
        "ACTION_REMINDER", id, action.source() + " action due " + action.dueBy() + " still open");
  }

  private LearningAction actionOf(String id, String actionId) {
    return records
        .action(actionId)
        .filter(action -> action.complaintId().equals(id))
        .orElseThrow(() -> new NotFoundProblem("This complaint has no action " + actionId + "."));
  }
}
