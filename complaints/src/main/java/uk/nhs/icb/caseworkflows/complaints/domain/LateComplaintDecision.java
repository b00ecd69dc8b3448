package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A handler's decision on a complaint made after the time limit (reg 12(4)): it goes ahead only if
 * there was good reason for the delay and it can still be investigated effectively and fairly.
 */
@Embeddable
public class LateComplaintDecision {

  @Column(name = "late_good_reason")
  private Boolean goodReason;

  @Column(name = "late_can_investigate_fairly")
  private Boolean canStillInvestigateFairly;

  @Column(name = "late_decision_note", length = 4000)
  private String note;

  @Column(name = "late_decided_by", length = 100)
  private String decidedBy;

  @Column(name = "late_decided_at")
  private Instant decidedAt;

  protected LateComplaintDecision() {}

  LateComplaintDecision(
      boolean goodReason,
      boolean canStillInvestigateFairly,
      String note,
      Instant decidedAt,
      String decidedBy) {
    this.goodReason = goodReason;
    this.canStillInvestigateFairly = canStillInvestigateFairly;
    this.note = Text.required(note, "the reasons for the decision on a late complaint");
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    this.decidedBy = Text.required(decidedBy, "who decided");
  }

  /** Both tests must be met; either one alone is not enough. */
  public boolean accepts() {
    return goodReason && canStillInvestigateFairly;
  }

  public boolean goodReason() {
    return goodReason;
  }

  public boolean canStillInvestigateFairly() {
    return canStillInvestigateFairly;
  }

  public String note() {
    return note;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
