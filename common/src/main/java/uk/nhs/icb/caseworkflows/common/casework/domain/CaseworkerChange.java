package uk.nhs.icb.caseworkflows.common.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One change of a case's caseworker: from whom (nobody for the first), to whom, when, by whom, how
 * and why. Never changed once recorded.
 */
@Embeddable
public class CaseworkerChange {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private ChangeKind kind;

  @Column(name = "from_caseworker", length = CaseAssignment.MAX_USER_NAME_LENGTH)
  private String fromCaseworker;

  @Column(name = "to_caseworker", nullable = false, length = CaseAssignment.MAX_USER_NAME_LENGTH)
  private String toCaseworker;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = CaseAssignment.MAX_USER_NAME_LENGTH)
  private String changedBy;

  @Column(name = "reason", length = CaseAssignment.MAX_REASON_LENGTH)
  private String reason;

  protected CaseworkerChange() {}

  CaseworkerChange(
      ChangeKind kind,
      String fromCaseworker,
      String toCaseworker,
      Instant changedAt,
      String changedBy,
      String reason) {
    this.kind = kind;
    this.fromCaseworker = fromCaseworker;
    this.toCaseworker = toCaseworker;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.reason = reason;
  }

  public ChangeKind kind() {
    return kind;
  }

  /** The previous caseworker, or null when the case had nobody. */
  public String fromCaseworker() {
    return fromCaseworker;
  }

  public String toCaseworker() {
    return toCaseworker;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  /** Why a manager moved the case; null for an assignment at intake or by a claim. */
  public String reason() {
    return reason;
  }
}
