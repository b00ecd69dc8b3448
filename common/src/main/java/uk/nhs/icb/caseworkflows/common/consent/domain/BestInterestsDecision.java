package uk.nhs.icb.caseworkflows.common.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A decision made in a person's best interests under the Mental Capacity Act 2005 (section 4), when
 * they lack capacity for it and nobody holds authority to decide for them: who decided, whom they
 * consulted (family, carers, an advocate), and why. It stands in for the person's consent.
 */
@Embeddable
public class BestInterestsDecision {

  @Column(name = "best_interests_decided_by", length = 200)
  private String decidedBy;

  @Column(name = "best_interests_role", length = 200)
  private String role;

  @Column(name = "best_interests_consulted", length = CapacityAssessment.TEXT_LENGTH)
  private String consulted;

  @Column(name = "best_interests_reasons", length = CapacityAssessment.TEXT_LENGTH)
  private String reasons;

  @Column(name = "best_interests_decided_on")
  private LocalDate decidedOn;

  protected BestInterestsDecision() {}

  public BestInterestsDecision(
      String decidedBy, String role, String consulted, String reasons, LocalDate decidedOn) {
    this.decidedBy = Text.required(decidedBy, "who made the best-interests decision");
    this.role = Text.required(role, "the decision maker's role");
    this.consulted = Text.required(consulted, "whom the decision maker consulted");
    this.reasons = Text.required(reasons, "why the decision is in the person's best interests");
    this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String role() {
    return role;
  }

  public String consulted() {
    return consulted;
  }

  public String reasons() {
    return reasons;
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }

  /** The consent giver this decision makes, for the consent records that rest on it. */
  public ConsentGiver asConsentGiver() {
    return ConsentGiver.bestInterestsDecision(decidedBy, role);
  }
}
