package uk.nhs.icb.caseworkflows.bpmn.tasklist.web;

import java.util.Map;

/** The decisions recorded when a task is completed, by variable name. */
public record CompleteTaskRequest(Map<String, Object> variables) {}
