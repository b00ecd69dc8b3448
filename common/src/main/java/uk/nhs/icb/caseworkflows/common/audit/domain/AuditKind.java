package uk.nhs.icb.caseworkflows.common.audit.domain;

/** Whether an event records a change or a read of identifiable data (both are audited). */
public enum AuditKind {
  CHANGE,
  READ
}
