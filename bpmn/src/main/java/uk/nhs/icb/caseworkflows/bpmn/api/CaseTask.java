package uk.nhs.icb.caseworkflows.bpmn.api;

import java.time.Instant;

/** An open user task of a case, as a case module sees it. */
public record CaseTask(
    String id, String definitionKey, String name, String assignee, Instant created, Instant due) {}
