package uk.nhs.icb.caseworkflows.complaints.process;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/** Reads what a service task was given: its case, its instructions and the routing flags. */
final class ProcessVariables {

  private ProcessVariables() {}

  /** The complaint the process runs for; its id is the process business key. */
  static Complaint complaintOf(DelegateExecution execution, Complaints complaints) {
    String id = execution.getBusinessKey();
    return complaints
        .find(id)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "process " + execution.getProcessInstanceId() + " has no complaint " + id));
  }

  /** A text instruction the model gives the task, such as its letter kind. */
  static String instruction(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(
          "the task '" + execution.getCurrentActivityId() + "' was not given its " + name);
    }
    return text;
  }

  /** True only when set to true: a flag the model does not pass reads as false. */
  static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }

  /** A deadline the process holds as a timer date, as the London day it falls on. */
  static LocalDate day(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof Date date
        ? LocalDate.ofInstant(date.toInstant(), WorkingDayCalendar.LONDON)
        : null;
  }
}
