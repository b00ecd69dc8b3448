package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The decision on a request, by a quorate panel at a meeting or by the chair's action on an urgent
 * request: both criteria answered with reasons, the outcome consistent with them, and for an
 * approval its funding period, conditions and whether an outcome report is owed.
 */
@Embeddable
public class PanelDecision {

  @Enumerated(EnumType.STRING)
  @Column(name = "decision_outcome", length = 30)
  private DecisionOutcome outcome;

  @Embedded private ExceptionalityAnswers criteria;

  @Column(name = "decision_reasons", length = TreatmentRequested.TEXT_LENGTH)
  private String reasons;

  @Column(name = "decision_conditions", length = TreatmentRequested.TEXT_LENGTH)
  private String conditions;

  @Column(name = "funding_from")
  private LocalDate fundingFrom;

  @Column(name = "funding_until")
  private LocalDate fundingUntil;

  @Column(name = "outcome_report_due")
  private LocalDate outcomeReportDue;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_at_meeting", length = 36)
  private String meetingId;

  @Column(name = "by_chairs_action")
  private boolean byChairsAction;

  @Column(name = "noted_at_meeting", length = 36)
  private String notedAtMeeting;

  protected PanelDecision() {}

  /**
   * A decision as the panel gives it. An approval needs both criteria met and a funding period; a
   * conditional one its conditions; an outcome report due date only where the conditions ask for
   * one.
   */
  public static PanelDecision of(
      DecisionOutcome outcome,
      ExceptionalityAnswers criteria,
      String reasons,
      String conditions,
      LocalDate fundingFrom,
      LocalDate fundingUntil,
      LocalDate outcomeReportDue) {
    PanelDecision decision = new PanelDecision();
    decision.outcome = outcome;
    decision.criteria = criteria;
    decision.reasons = TreatmentRequested.text(reasons, "reasons");
    if (outcome.isApproval() && !criteria.bothMet()) {
      throw new InvalidInputException(
          "outcome",
          "an approval needs both criteria met; with either unmet the request is declined");
    }
    if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS) {
      decision.conditions = TreatmentRequested.text(conditions, "conditions");
    } else if (Text.optional(conditions) != null) {
      throw new InvalidInputException("conditions", "only an approval with conditions has them");
    }
    if (outcome.isApproval()) {
      if (fundingFrom == null || fundingUntil == null || !fundingUntil.isAfter(fundingFrom)) {
        throw new InvalidInputException(
            "fundingUntil", "an approval states its funding period, ending after it starts");
      }
      decision.fundingFrom = fundingFrom;
      decision.fundingUntil = fundingUntil;
    }
    if (outcomeReportDue != null && outcome != DecisionOutcome.APPROVED_WITH_CONDITIONS) {
      throw new InvalidInputException(
          "outcomeReportDue", "only conditions can ask for an outcome report");
    }
    decision.outcomeReportDue = outcomeReportDue;
    return decision;
  }

  PanelDecision madeAt(String meeting, LocalDate on) {
    this.meetingId = meeting;
    this.decidedOn = on;
    return this;
  }

  PanelDecision byChairsAction(LocalDate on) {
    this.byChairsAction = true;
    this.decidedOn = on;
    return this;
  }

  void notedAt(String meeting) {
    this.notedAtMeeting = meeting;
  }

  public DecisionOutcome outcome() {
    return outcome;
  }

  public ExceptionalityAnswers criteria() {
    return criteria;
  }

  public String reasons() {
    return reasons;
  }

  public String conditions() {
    return conditions;
  }

  public LocalDate fundingFrom() {
    return fundingFrom;
  }

  public LocalDate fundingUntil() {
    return fundingUntil;
  }

  public Optional<LocalDate> outcomeReportDue() {
    return Optional.ofNullable(outcomeReportDue);
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }

  public Optional<String> meetingId() {
    return Optional.ofNullable(meetingId);
  }

  public boolean isByChairsAction() {
    return byChairsAction;
  }

  /** A chair's action waits to be noted at the next panel meeting. */
  public boolean awaitsNoting() {
    return byChairsAction && notedAtMeeting == null;
  }
}
