package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline the complaint missed, escalated to the complaints manager when its timer fired: which
 * deadline, the day it fell on, and when it was escalated. Kept on the file for good (the manager's
 * breaches view and the annual report read it); a later date agreed with the complainant does not
 * undo a breach already made.
 */
@Embeddable
public class DeadlineBreach {

  /** The deadlines whose passing is escalated. */
  public enum Kind {
    ACKNOWLEDGEMENT_OVERDUE("Acknowledgement not sent within 3 working days"),
    PROVIDER_RESPONSE_OVERDUE("The organisation complained about has not answered in time"),
    RESPONSE_OVERDUE("Response date passed without a response"),
    STANDING_DECISION_OVERDUE("The representative's standing has not been decided in time"),
    CONSENT_OVERDUE("Consent still missing after the reminder: decide what to do next"),
    PLAN_OVERDUE("The complaint plan has not been agreed in time"),
    ANONYMITY_DECISION_OVERDUE("Whether it can be looked into anonymously has not been decided");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private Kind kind;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "escalated_at", nullable = false)
  private Instant escalatedAt;

  protected DeadlineBreach() {}

  DeadlineBreach(Kind kind, LocalDate dueOn, Instant escalatedAt) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.escalatedAt = Objects.requireNonNull(escalatedAt, "escalatedAt");
  }

  boolean isOf(Kind otherKind, LocalDate otherDue) {
    return kind == otherKind && dueOn.equals(otherDue);
  }

  public Kind kind() {
    return kind;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }
}
