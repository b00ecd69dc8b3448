package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * When, why and by whom a complaint was closed. The day of closure is the day the complaint file's
 * retention period (10 years under the Records Management Code) starts from.
 */
@Embeddable
public class Closure {

  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason", length = 20)
  private ClosureReason reason;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  protected Closure() {}

  Closure(ClosureReason reason, Instant closedAt, String closedBy) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
    this.closedBy = Text.required(closedBy, "who closed the complaint");
  }

  public Instant closedAt() {
    return closedAt;
  }

  /** The closure date in England: the start of the retention clock. */
  public LocalDate closedOn() {
    return Text.londonDate(closedAt);
  }

  public ClosureReason reason() {
    return reason;
  }

  public String closedBy() {
    return closedBy;
  }
}
