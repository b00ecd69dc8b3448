package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The complainant's request not to be named to those complained about, and the handler's decision
 * whether the complaint can be investigated without naming them. When it cannot, the complainant is
 * told before anything goes on, and their identity still needs their consent to be shared.
 */
@Embeddable
public class Anonymity {

  @Column(name = "anonymity_requested_at")
  private Instant requestedAt;

  @Column(name = "anonymity_recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "can_investigate_anonymously")
  private Boolean canInvestigateAnonymously;

  @Column(name = "anonymity_decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "anonymity_decided_by", length = 100)
  private String decidedBy;

  @Column(name = "anonymity_decided_at")
  private Instant decidedAt;

  protected Anonymity() {}

  static Anonymity requested(Instant at, String recordedBy) {
    Anonymity anonymity = new Anonymity();
    anonymity.requestedAt = Objects.requireNonNull(at, "at");
    anonymity.recordedBy = Text.required(recordedBy, "who recorded the request");
    return anonymity;
  }

  Anonymity decided(boolean canInvestigateAnonymously, String reason, Instant at, String by) {
    Anonymity decided = requested(requestedAt, recordedBy);
    decided.canInvestigateAnonymously = canInvestigateAnonymously;
    decided.decisionReason = Text.required(reason, "the reason for the decision on anonymity");
    decided.decidedAt = Objects.requireNonNull(at, "at");
    decided.decidedBy = Text.required(by, "who decided");
    return decided;
  }

  public boolean isDecided() {
    return canInvestigateAnonymously != null;
  }

  /** Null until decided. */
  public Boolean canInvestigateAnonymously() {
    return canInvestigateAnonymously;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
