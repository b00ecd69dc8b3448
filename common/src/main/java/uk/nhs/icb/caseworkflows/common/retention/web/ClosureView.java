package uk.nhs.icb.caseworkflows.common.retention.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a case file closed, as every case file shows it: the reason (the workflow's own code), when,
 * the day its retention runs from, and the day it is kept until before it is reviewed (null until
 * the retention clock is running).
 */
public record ClosureView(
    String reason, Instant closedAt, LocalDate retentionStartsOn, LocalDate keptUntil) {}
