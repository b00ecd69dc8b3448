package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/**
 * Reads what a service task was given: its case (the process business key is the case id), the
 * instructions its model writes beside it, and the flags gateways route on. A missing case or
 * instruction is a fault in the model or the data, so it fails the job loudly.
 */
public final class DelegateVariables {

  private DelegateVariables() {}

  /** The id of the case the process runs for: its business key. */
  public static String caseId(DelegateExecution execution) {
    return execution.getBusinessKey();
  }

  /** The case the process runs for, found by its id; {@code noun} names it in the failure. */
  public static <C> C caseOf(
      DelegateExecution execution, Function<String, Optional<C>> find, String noun) {
    String id = caseId(execution);
    return find.apply(id)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "process " + execution.getProcessInstanceId() + " has no " + noun + " " + id));
  }

  /** A text instruction the model gives the task, such as its letter kind. */
  public static String instruction(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(
          "the task '" + execution.getCurrentActivityId() + "' was not given its " + name);
    }
    return text;
  }

  /** True only when set to true: a flag the model does not pass reads as false. */
  public static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }

  /** A deadline the process holds as a timer date, as the London day it falls on; else null. */
  public static LocalDate day(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof Date date
        ? LocalDate.ofInstant(date.toInstant(), WorkingDayCalendar.LONDON)
        : null;
  }
}
