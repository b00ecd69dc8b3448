package uk.nhs.icb.caseworkflows.chc.domain;

import java.util.Objects;

/**
 * Whether a person must now be considered for NHS-funded Nursing Care (FNC), the NHS's contribution
 * to a care home with nursing for the registered nursing care it gives. FNC comes into question
 * only after a finding of not eligible for NHS Continuing Healthcare (which, when eligible, funds
 * the nursing along with the rest), and only for someone living in, or going to, a care home with
 * nursing. Whether FNC is then awarded is a registered nurse's assessment, not this rule.
 */
public record NursingCareConsideration(boolean required, String reason) {

  /**
   * @param livesIn where the person lives now
   * @param goingTo where they are going to live, or null when no move is planned
   */
  public static NursingCareConsideration after(
      boolean eligibleForChc, CareSetting livesIn, CareSetting goingTo) {
    Objects.requireNonNull(livesIn, "livesIn");
    if (eligibleForChc) {
      return new NursingCareConsideration(
          false, "Eligible for NHS Continuing Healthcare, which funds the nursing care as well.");
    }
    if (livesIn == CareSetting.CARE_HOME_WITH_NURSING) {
      return new NursingCareConsideration(
          true, "Not eligible, and lives in a care home with nursing: consider FNC.");
    }
    if (goingTo == CareSetting.CARE_HOME_WITH_NURSING) {
      return new NursingCareConsideration(
          true, "Not eligible, and is going to a care home with nursing: consider FNC.");
    }
    return new NursingCareConsideration(
        false,
        "Not eligible, but neither lives in nor is going to a care home with nursing, the only"
            + " setting FNC is paid for.");
  }
}
