package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * What the clinician asks the ICB to fund and why this patient is exceptional: the treatment by its
 * code in the ICB's treatment list, the condition, the clinician's case for exceptionality, the
 * cost and whether it is urgent.
 */
@Embeddable
public class TreatmentRequested {

  public static final int TEXT_LENGTH = 4000;

  @Column(name = "treatment_code", length = 40)
  private String treatmentCode;

  @Column(name = "condition_text", length = TEXT_LENGTH)
  private String condition;

  @Column(name = "why_exceptional", length = TEXT_LENGTH)
  private String whyExceptional;

  @Column(name = "estimated_cost", precision = 12, scale = 2)
  private BigDecimal estimatedCost;

  @Column(name = "urgent")
  private boolean urgent;

  @Column(name = "urgency_reason", length = TEXT_LENGTH)
  private String urgencyReason;

  protected TreatmentRequested() {}

  /** The treatment code must already be checked against the ICB's treatment list. */
  public TreatmentRequested(
      String treatmentCode,
      String condition,
      String whyExceptional,
      BigDecimal estimatedCost,
      boolean urgent,
      String urgencyReason) {
    this.treatmentCode = treatmentCode;
    this.condition = text(condition, "condition");
    this.whyExceptional = text(whyExceptional, "whyExceptional");
    if (estimatedCost == null || estimatedCost.signum() < 0 || estimatedCost.scale() > 2) {
      throw new InvalidInputException("estimatedCost", "must be an amount in pounds and pence");
    }
    this.estimatedCost = estimatedCost;
    this.urgent = urgent;
    this.urgencyReason = urgent ? text(urgencyReason, "urgencyReason") : null;
  }

  /** Only what a returned request's letter needs: the treatment. */
  static TreatmentRequested forReturnLetter(String treatmentCode) {
    TreatmentRequested only = new TreatmentRequested();
    only.treatmentCode = treatmentCode;
    return only;
  }

  static String text(String value, String field) {
    String text = Text.optional(value);
    if (text == null || text.length() > TEXT_LENGTH) {
      throw new InvalidInputException(field, "must be 1 to " + TEXT_LENGTH + " characters long");
    }
    return text;
  }

  public String treatmentCode() {
    return treatmentCode;
  }

  public String condition() {
    return condition;
  }

  public String whyExceptional() {
    return whyExceptional;
  }

  public BigDecimal estimatedCost() {
    return estimatedCost;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public String urgencyReason() {
    return urgencyReason;
  }
}
