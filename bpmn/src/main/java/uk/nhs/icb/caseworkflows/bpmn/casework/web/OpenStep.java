package uk.nhs.icb.caseworkflows.bpmn.casework.web;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;

/** A step a case's process waits at: its task, BPMN key, name, due time and who has it. */
public record OpenStep(String id, String key, String name, Instant due, String assignee) {

  public static OpenStep of(CaseTask task) {
    return new OpenStep(task.id(), task.definitionKey(), task.name(), task.due(), task.assignee());
  }
}
