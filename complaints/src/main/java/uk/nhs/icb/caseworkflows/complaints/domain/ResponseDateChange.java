package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * One move of the response date, from what to what and why: agreed with the complainant, or moved
 * on by a stopped clock. The history answers "why was this response late?".
 */
@Embeddable
public class ResponseDateChange {

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date", nullable = false)
  private LocalDate to;

  @Column(name = "reason", nullable = false, length = 2000)
  private String reason;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  protected ResponseDateChange() {}

  ResponseDateChange(
      LocalDate from, LocalDate to, String reason, Instant changedAt, String changedBy) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.reason = Text.required(reason, "the reason for changing the response date");
    this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    this.changedBy = Text.required(changedBy, "who changed the response date");
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  public String reason() {
    return reason;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
