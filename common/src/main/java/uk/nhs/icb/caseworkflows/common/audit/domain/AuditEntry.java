package uk.nhs.icb.caseworkflows.common.audit.domain;

import java.util.Objects;

/**
 * What a use case asks the audit trail to record. {@code detail} names what changed or was read
 * (fields, letters, decisions), never the personal data itself, so the trail can be searched by the
 * IG team without becoming a second copy of the case.
 */
public record AuditEntry(
    AuditKind kind, String action, String caseType, String caseId, String detail) {

  public AuditEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    detail = detail == null ? "" : detail;
  }

  public static AuditEntry change(String action, String caseType, String caseId, String detail) {
    return new AuditEntry(AuditKind.CHANGE, action, caseType, caseId, detail);
  }

  public static AuditEntry read(String action, String caseType, String caseId, String detail) {
    return new AuditEntry(AuditKind.READ, action, caseType, caseId, detail);
  }
}
