package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A request to look again at an eligibility decision, at one stage (local resolution or NHS
 * England's independent review), with the decision it disputes, when it was asked for and on what
 * grounds, and, once known, its outcome and when. Immutable: an outcome makes a new one.
 */
@Embeddable
public class Challenge {

  public static final int TEXT_LENGTH = 4000;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false, length = 20)
  private ChallengeStage stage;

  @Column(name = "decision_on", nullable = false)
  private LocalDate decisionOn;

  @Column(name = "requested_on", nullable = false)
  private LocalDate requestedOn;

  @Column(name = "grounds", nullable = false, length = TEXT_LENGTH)
  private String grounds;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20)
  private ChallengeOutcome outcome;

  @Column(name = "outcome_on")
  private LocalDate outcomeOn;

  @Column(name = "outcome_reasons", length = TEXT_LENGTH)
  private String outcomeReasons;

  protected Challenge() {}

  public Challenge(
      ChallengeStage stage, LocalDate decisionOn, LocalDate requestedOn, String grounds) {
    this.stage = Objects.requireNonNull(stage, "stage");
    this.decisionOn = Objects.requireNonNull(decisionOn, "decisionOn");
    this.requestedOn = Objects.requireNonNull(requestedOn, "requestedOn");
    this.grounds = Text.required(grounds, "the grounds");
  }

  /** This challenge with its outcome. */
  Challenge decided(ChallengeOutcome outcome, LocalDate on, String reasons) {
    if (on.isBefore(requestedOn)) {
      throw new ChcRuleException(
          "The outcome cannot come on "
              + Text.day(on)
              + ", before the request of "
              + Text.day(requestedOn)
              + ".");
    }
    Challenge decided = new Challenge(stage, decisionOn, requestedOn, grounds);
    decided.outcome = Objects.requireNonNull(outcome, "outcome");
    decided.outcomeOn = on;
    decided.outcomeReasons = Text.required(reasons, "the reasons for the outcome");
    return decided;
  }

  public ChallengeStage stage() {
    return stage;
  }

  public LocalDate decisionOn() {
    return decisionOn;
  }

  public LocalDate requestedOn() {
    return requestedOn;
  }

  public String grounds() {
    return grounds;
  }

  public Optional<ChallengeOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<LocalDate> outcomeOn() {
    return Optional.ofNullable(outcomeOn);
  }

  public Optional<String> outcomeReasons() {
    return Optional.ofNullable(outcomeReasons);
  }
}
