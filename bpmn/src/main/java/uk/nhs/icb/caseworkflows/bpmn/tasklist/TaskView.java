package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import java.time.Instant;

/** A task as the task list shows it: what to do, for which case, by when, and whose it is. */
public record TaskView(
    String id,
    String name,
    String caseType,
    String caseId,
    String caseReference,
    Instant created,
    Instant due,
    boolean overdue,
    String assignee) {}
