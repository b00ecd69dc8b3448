package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * Whether the complaint is for the ICB to handle and, if not, why and where the complainant should
 * go instead: the closing letter tells them.
 */
@Embeddable
public class RemitDecision {

  @Column(name = "within_remit")
  private Boolean withinRemit;

  @Enumerated(EnumType.STRING)
  @Column(name = "outside_remit_reason", length = 30)
  private OutsideRemitReason outsideReason;

  @Column(name = "where_to_go", length = 2000)
  private String whereToGo;

  @Column(name = "remit_decided_by", length = 100)
  private String decidedBy;

  @Column(name = "remit_decided_at")
  private Instant decidedAt;

  protected RemitDecision() {}

  private RemitDecision(
      boolean withinRemit,
      OutsideRemitReason outsideReason,
      String whereToGo,
      Instant decidedAt,
      String decidedBy) {
    this.withinRemit = withinRemit;
    this.outsideReason = outsideReason;
    this.whereToGo = whereToGo;
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    this.decidedBy = Text.required(decidedBy, "who decided");
  }

  static RemitDecision within(Instant decidedAt, String decidedBy) {
    return new RemitDecision(true, null, null, decidedAt, decidedBy);
  }

  static RemitDecision outside(
      OutsideRemitReason reason, String whereToGo, Instant decidedAt, String decidedBy) {
    return new RemitDecision(
        false,
        Objects.requireNonNull(reason, "reason"),
        Text.required(whereToGo, "where the complainant should go instead"),
        decidedAt,
        decidedBy);
  }

  public boolean withinRemit() {
    return withinRemit;
  }

  /** Null when within remit. */
  public OutsideRemitReason outsideReason() {
    return outsideReason;
  }

  public String whereToGo() {
    return whereToGo;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
