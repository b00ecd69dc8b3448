package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The panel's answer to each exceptionality criterion, with its reasons (domain.md §3): is the
 * patient significantly different from the population of patients with the condition, and likely to
 * gain significantly more clinical benefit than others would? Both are required, every time;
 * funding is exceptional only when both are met.
 */
@Embeddable
public class ExceptionalityAnswers {

  public static final String SIGNIFICANTLY_DIFFERENT =
      "Is the patient significantly different from the general population of patients with the"
          + " condition?";
  public static final String MORE_BENEFIT =
      "Is the patient likely to gain significantly more clinical benefit than others with the"
          + " condition?";

  @Column(name = "significantly_different")
  private Boolean significantlyDifferent;

  @Column(name = "significantly_different_reasons", length = TreatmentRequested.TEXT_LENGTH)
  private String significantlyDifferentReasons;

  @Column(name = "more_benefit")
  private Boolean moreBenefit;

  @Column(name = "more_benefit_reasons", length = TreatmentRequested.TEXT_LENGTH)
  private String moreBenefitReasons;

  protected ExceptionalityAnswers() {}

  /** Every missing answer or reason is refused at once, each on its own field. */
  public static ExceptionalityAnswers of(
      Boolean significantlyDifferent,
      String significantlyDifferentReasons,
      Boolean moreBenefit,
      String moreBenefitReasons) {
    List<FieldError> errors = new ArrayList<>();
    answer(significantlyDifferent, "criteria.significantlyDifferent", errors);
    reasons(significantlyDifferentReasons, "criteria.significantlyDifferentReasons", errors);
    answer(moreBenefit, "criteria.moreBenefit", errors);
    reasons(moreBenefitReasons, "criteria.moreBenefitReasons", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ExceptionalityAnswers answers = new ExceptionalityAnswers();
    answers.significantlyDifferent = significantlyDifferent;
    answers.significantlyDifferentReasons = significantlyDifferentReasons.strip();
    answers.moreBenefit = moreBenefit;
    answers.moreBenefitReasons = moreBenefitReasons.strip();
    return answers;
  }

  private static void answer(Boolean answer, String field, List<FieldError> errors) {
    if (answer == null) {
      errors.add(new FieldError(field, "the panel must answer this criterion"));
    }
  }

  private static void reasons(String reasons, String field, List<FieldError> errors) {
    String text = Text.optional(reasons);
    if (text == null || text.length() > TreatmentRequested.TEXT_LENGTH) {
      errors.add(
          new FieldError(
              field,
              "the panel's reasons are required, up to "
                  + TreatmentRequested.TEXT_LENGTH
                  + " characters"));
    }
  }

  /** Exceptional: both criteria met. */
  public boolean bothMet() {
    return Boolean.TRUE.equals(significantlyDifferent) && Boolean.TRUE.equals(moreBenefit);
  }

  public boolean significantlyDifferent() {
    return Boolean.TRUE.equals(significantlyDifferent);
  }

  public String significantlyDifferentReasons() {
    return significantlyDifferentReasons;
  }

  public boolean moreBenefit() {
    return Boolean.TRUE.equals(moreBenefit);
  }

  public String moreBenefitReasons() {
    return moreBenefitReasons;
  }
}
