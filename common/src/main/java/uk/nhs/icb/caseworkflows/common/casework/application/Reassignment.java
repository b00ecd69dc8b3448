package uk.nhs.icb.caseworkflows.common.casework.application;

/**
 * A manager's request to move a case: to whom, why, and (optionally) the assignment version the
 * manager saw, so a change made meanwhile by someone else is refused rather than overwritten.
 */
public record Reassignment(String caseworker, String reason, Long version) {}
