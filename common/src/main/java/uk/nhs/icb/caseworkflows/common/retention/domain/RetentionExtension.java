package uk.nhs.icb.caseworkflows.common.retention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** A decision to keep a record longer than planned: from which date to which, why, by whom. */
@Embeddable
public class RetentionExtension {

  @Column(name = "previous_until", nullable = false)
  private LocalDate previousUntil;

  @Column(name = "extended_until", nullable = false)
  private LocalDate extendedUntil;

  @Column(name = "reason", nullable = false, length = 2000)
  private String reason;

  @Column(name = "decided_by", nullable = false, length = 100)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected RetentionExtension() {}

  RetentionExtension(
      LocalDate previousUntil,
      LocalDate extendedUntil,
      String reason,
      String decidedBy,
      Instant decidedAt) {
    this.previousUntil = previousUntil;
    this.extendedUntil = extendedUntil;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public LocalDate previousUntil() {
    return previousUntil;
  }

  public LocalDate extendedUntil() {
    return extendedUntil;
  }

  public String reason() {
    return reason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
