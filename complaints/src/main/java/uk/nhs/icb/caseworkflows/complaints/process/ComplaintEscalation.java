package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintProviderResponses;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTask;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.domain.DeadlineBreach;

/**
 * Escalates a missed deadline (the model's {@code breach}) to the complaints manager: the breach is
 * recorded on the complaint, where the manager's breaches view reads it, and on the audit trail. It
 * runs on a timer job, so the system records it. The date missed is the one the timer fired on (the
 * model's variable of the same name), so a breach of a date since moved is told apart.
 */
@Named("complaintEscalation")
@ApplicationScoped
public class ComplaintEscalation implements JavaDelegate {

  static final String PROVIDER_RESPONSE_OVERDUE = "PROVIDER_RESPONSE_OVERDUE";

  private final AuditTrail auditTrail;
  private final ComplaintProviderResponses providerResponses;
  private final Complaints complaints;
  private final Clock clock;

  @Inject
  public ComplaintEscalation(
      AuditTrail auditTrail,
      ComplaintProviderResponses providerResponses,
      Complaints complaints,
      Clock clock) {
    this.auditTrail = auditTrail;
    this.providerResponses = providerResponses;
    this.complaints = complaints;
    this.clock = clock;
  }

  /** For the CDI proxy only. */
  protected ComplaintEscalation() {
    this(null, null, null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String breach = DelegateVariables.instruction(execution, "breach");
    if (PROVIDER_RESPONSE_OVERDUE.equals(breach)
        && !providerResponses.isAwaited(execution.getBusinessKey())) {
      // The response arrived before its date: nothing was breached.
      return;
    }
    DeadlineBreach.Kind kind = DeadlineBreach.Kind.valueOf(breach);
    Complaint complaint = DelegateVariables.caseOf(execution, complaints::find, "complaint");
    LocalDate due =
        dueVariableOf(kind)
            .map(variable -> DelegateVariables.day(execution, variable))
            .orElseGet(() -> dueDateOfTheStep(execution, kind));
    if (due == null) {
      due = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.LONDON);
    }
    if (!complaint.recordBreach(kind, due, clock.instant())) {
      // The same date's timer on the next step of the investigation: escalated once already.
      return;
    }
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change(
            "DEADLINE_BREACHED", Complaint.CASE_TYPE, execution.getBusinessKey(), breach));
  }

  private static Optional<String> dueVariableOf(DeadlineBreach.Kind kind) {
    return Optional.ofNullable(
        switch (kind) {
          case ACKNOWLEDGEMENT_OVERDUE -> "acknowledgementDue";
          case PROVIDER_RESPONSE_OVERDUE -> "providerResponseDue";
          case RESPONSE_OVERDUE -> "responseDue";
            // The steps no regulation times (point 7): the step still open carries its due date.
          default -> null;
        });
  }

  /**
   * The due date of the step whose timer fired, still open beside this escalation: the job may run
   * after midnight, so the day it runs is not the day that was missed.
   */
  private static LocalDate dueDateOfTheStep(DelegateExecution execution, DeadlineBreach.Kind kind) {
    ComplaintTask step =
        switch (kind) {
          case STANDING_DECISION_OVERDUE -> ComplaintTask.DECIDE_STANDING;
          case CONSENT_OVERDUE -> ComplaintTask.RECORD_CONSENT;
          case PLAN_OVERDUE -> ComplaintTask.AGREE_PLAN;
          default -> ComplaintTask.DECIDE_ANONYMOUS;
        };
    if (execution.getProcessEngineServices() == null) {
      return null;
    }
    return execution
        .getProcessEngineServices()
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(step.key())
        .list()
        .stream()
        .map(task -> task.getDueDate())
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(due -> LocalDate.ofInstant(due.toInstant(), WorkingDayCalendar.LONDON))
        .orElse(null);
  }
}
