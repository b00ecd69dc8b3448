package uk.nhs.icb.caseworkflows.complaints.domain;

import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.ACKNOWLEDGED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.AWAITING_CONSENT;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RECEIVED;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the ICB can take a complaint on: made within the time limit (reg 12) or, if late,
 * accepted because there was good reason for the delay and it can still be investigated fairly; and
 * for the ICB to handle at all. Both are settled before the plan and may be revised until then; a
 * complaint refused on either is closed for that reason.
 */
@Embeddable
public class Admissibility {

  @Column(name = "received_in_time", nullable = false)
  private boolean receivedInTime;

  @Embedded private LateComplaintDecision lateDecision;

  @Embedded private RemitDecision remit;

  /** The status of the complaint this belongs to, which says whether a decision may change. */
  @Transient private Supplier<ComplaintStatus> status;

  protected Admissibility() {}

  Admissibility(boolean receivedInTime) {
    this.receivedInTime = receivedInTime;
  }

  /** The admissibility of a complaint with this status. */
  Admissibility of(Supplier<ComplaintStatus> status) {
    this.status = status;
    return this;
  }

  /** A late complaint goes on only if both are true; the decision may be revised until planned. */
  public void decideOnLateComplaint(
      boolean goodReason, boolean canStillInvestigateFairly, String note, Instant at, String by) {
    status.get().require("a decision on lateness", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    if (receivedInTime) {
      throw new ComplaintRuleException(
          "This complaint was made in time, so there is no decision on lateness to record.");
    }
    lateDecision = new LateComplaintDecision(goodReason, canStillInvestigateFairly, note, at, by);
  }

  public void decideWithinRemit(Instant at, String by) {
    status.get().require("a decision on remit", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    remit = RemitDecision.within(at, by);
  }

  /** Not for the ICB: the complaint is then closed with a letter saying where to go. */
  public void decideOutsideRemit(
      OutsideRemitReason reason, String whereToGo, Instant at, String by) {
    status.get().require("a decision on remit", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    remit = RemitDecision.outside(reason, whereToGo, at, by);
  }

  /** Refuses a plan until the complaint is found within remit, and in time or accepted late. */
  void requireAdmitted() {
    if (remit == null) {
      throw new ComplaintRuleException(
          "Decide whether the complaint is for the ICB before agreeing its plan.");
    }
    if (!remit.withinRemit()) {
      throw new ComplaintRuleException(
          "This complaint is not for the ICB: close it with a letter saying where to go.");
    }
    if (receivedInTime) {
      return;
    }
    if (lateDecision == null) {
      throw new ComplaintRuleException(
          "This complaint was made after the time limit. Record whether there was good reason "
              + "for the delay and whether it can still be investigated fairly.");
    }
    if (!lateDecision.accepts()) {
      throw new ComplaintRuleException(
          "This late complaint was not accepted: close it as out of time.");
    }
  }

  /** Found not to be for the ICB, so it may be closed as outside remit. */
  boolean isOutsideRemit() {
    return remit != null && !remit.withinRemit();
  }

  /** Made late and not accepted, so it may be closed as out of time. */
  boolean isRefusedAsLate() {
    return !receivedInTime && lateDecision != null && !lateDecision.accepts();
  }

  public boolean isReceivedInTime() {
    return receivedInTime;
  }

  public Optional<LateComplaintDecision> lateDecision() {
    return Optional.ofNullable(lateDecision);
  }

  public Optional<RemitDecision> remit() {
    return Optional.ofNullable(remit);
  }
}
