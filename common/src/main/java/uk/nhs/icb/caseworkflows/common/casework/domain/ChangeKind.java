package uk.nhs.icb.caseworkflows.common.casework.domain;

/** How a case came to its caseworker. */
public enum ChangeKind {
  /** Named when the case was received. */
  ASSIGNED_AT_INTAKE,
  /** Taken by claiming a task of a case that had nobody yet. */
  TAKEN_BY_CLAIM,
  /** Moved by a manager, with a reason. */
  REASSIGNED
}
