package uk.nhs.icb.caseworkflows.common.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/** The end of a consent: when it was withdrawn, how we heard, who recorded it and why. */
@Embeddable
public class ConsentWithdrawal {

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "withdrawal_method", length = 10)
  private ConsentMethod method;

  @Column(name = "withdrawal_recorded_by", length = 100)
  private String recordedBy;

  /** Optional: nobody has to give a reason for withdrawing consent. */
  @Column(name = "withdrawal_reason", length = 2000)
  private String reason;

  protected ConsentWithdrawal() {}

  ConsentWithdrawal(Instant withdrawnAt, ConsentMethod method, String recordedBy, String reason) {
    this.withdrawnAt = Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    this.method = Objects.requireNonNull(method, "method");
    this.recordedBy = Text.required(recordedBy, "who recorded the withdrawal");
    this.reason = Text.optional(reason);
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public ConsentMethod method() {
    return method;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public String reason() {
    return reason;
  }
}
