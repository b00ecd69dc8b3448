package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The step mechanics of {@link CaseSteps} together with what every user action on a case needs
 * beside them: who is acting and when (the signed-in caller, the injected clock), the audit entry
 * of the change, and the process's messages, due dates and timers. A case module extends it once
 * for its case type, and each use case then takes this one collaborator instead of four.
 *
 * @param <C> the case's aggregate
 * @param <K> the workflow's user tasks
 */
public class CaseActions<C, K extends TaskKey> extends CaseSteps<C, K> {

  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  public CaseActions(
      CaseFiles<C> files,
      CaseProcesses processes,
      RetentionRegister retention,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    super(files, processes, retention);
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  /** The moment of the action, from the injected clock. */
  public Instant now() {
    return clock.instant();
  }

  /** The user name of whoever acts: the signed-in person, or the system outside a request. */
  public String callerName() {
    return caller.get().name();
  }

  /** Records a change to the case on the audit trail, as the caller. */
  public void audit(String action, String caseId, String detail) {
    auditTrail.record(AuditEntry.change(action, files().caseType(), caseId, detail));
  }

  /** Starts the process of a new case, keyed by its id and showing its reference. */
  public void startProcess(String processKey, C file, Map<String, Object> flags) {
    processes()
        .start(
            processKey,
            new CaseKey(files().caseType(), files().idOf(file), files().referenceOf(file)),
            flags);
  }

  /** Sends the case's process a message that carries no flags, e.g. a withdrawal. */
  public void tellProcess(String message, String caseId) {
    processes().correlate(message, caseId, Map.of());
  }

  /** Moves the due date of the case's open tasks of that step to the end of {@code due}. */
  public void moveDueDate(String caseId, K step, LocalDate due) {
    processes().moveDueDate(caseId, step.key(), endOf(due).toInstant());
  }

  /** Moves a waiting timer of the case's process to the end of {@code due}. */
  public void rescheduleTimer(String caseId, String timerId, LocalDate due) {
    processes().rescheduleTimer(caseId, timerId, endOf(due).toInstant());
  }
}
