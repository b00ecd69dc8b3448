package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The complainant took the complaint to the Parliamentary and Health Service Ombudsman after the
 * ICB's response: when the ICB learnt of it, the Ombudsman's reference, and in time its decision.
 * Its recommendations are {@link LearningAction}s followed like those the response promised.
 */
@Entity
@Table(name = "complaint_ombudsman_referral")
public class OmbudsmanReferral {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "complaint_id", nullable = false, length = 36)
  private String complaintId;

  @Column(name = "referred_on", nullable = false)
  private LocalDate referredOn;

  @Column(name = "ombudsman_reference", length = 50)
  private String ombudsmanReference;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 20)
  private OmbudsmanDecision decision;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decision_summary", length = 4000)
  private String decisionSummary;

  @Column(name = "decision_recorded_by", length = 100)
  private String decisionRecordedBy;

  protected OmbudsmanReferral() {}

  /**
   * Records a referral, which the Ombudsman takes only after the local response: refused for a
   * complaint still without one.
   */
  public static OmbudsmanReferral record(
      Complaint complaint, LocalDate referredOn, String reference, Instant at, String by) {
    if (complaint.timetable().respondedAt().isEmpty()) {
      throw new ComplaintRuleException(
          "A referral to the Ombudsman is recorded after the ICB's response; this complaint has"
              + " had none.");
    }
    if (referredOn.isAfter(Text.londonDate(at))) {
      throw new ComplaintRuleException("A referral cannot be recorded for a day still to come.");
    }
    OmbudsmanReferral referral = new OmbudsmanReferral();
    referral.id = UUID.randomUUID().toString();
    referral.complaintId = complaint.id();
    referral.referredOn = referredOn;
    referral.ombudsmanReference = Text.optional(reference);
    referral.recordedAt = at;
    referral.recordedBy = Text.required(by, "who recorded the referral");
    return referral;
  }

  /** The Ombudsman's decision, once; recommendations follow only an upheld complaint. */
  public void decide(
      OmbudsmanDecision decision,
      LocalDate decidedOn,
      String summary,
      boolean withRecommendations,
      Instant at,
      String by) {
    if (this.decision != null) {
      throw new ComplaintRuleException("The Ombudsman's decision on this referral is recorded.");
    }
    Objects.requireNonNull(decision, "decision");
    if (decidedOn.isBefore(referredOn) || decidedOn.isAfter(Text.londonDate(at))) {
      throw new ComplaintRuleException(
          "The decision date must lie between the referral (" + referredOn + ") and today.");
    }
    if (withRecommendations && !decision.mayRecommend()) {
      throw new ComplaintRuleException(
          "Recommendations follow a complaint the Ombudsman upheld in whole or in part, not one "
              + decision.words()
              + ".");
    }
    this.decision = decision;
    this.decidedOn = decidedOn;
    this.decisionSummary = Text.optional(summary);
    this.decisionRecordedBy = Text.required(by, "who recorded the decision");
  }

  public String id() {
    return id;
  }

  public String complaintId() {
    return complaintId;
  }

  public LocalDate referredOn() {
    return referredOn;
  }

  public Optional<String> ombudsmanReference() {
    return Optional.ofNullable(ombudsmanReference);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Optional<OmbudsmanDecision> decision() {
    return Optional.ofNullable(decision);
  }

  public Optional<LocalDate> decidedOn() {
    return Optional.ofNullable(decidedOn);
  }

  public Optional<String> decisionSummary() {
    return Optional.ofNullable(decisionSummary);
  }
}
