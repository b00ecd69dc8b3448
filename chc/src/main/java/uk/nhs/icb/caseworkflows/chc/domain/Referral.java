package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A referral of a person to the ICB for NHS Continuing Healthcare. Only adults are accepted: the
 * person must be 18 on the day the ICB receives it, and a referral for someone younger is refused
 * with the reason and the day they turn 18. The NHS number may follow later, when a representative
 * refers without knowing it.
 */
public record Referral(
    NhsNumber nhsNumber, LocalDate dateOfBirth, LocalDate receivedOn, ReferralRoute route) {

  public Referral {
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(route, "route");
    if (dateOfBirth == null) {
      throw new ChcRuleException(
          "Give the person's date of birth: NHS Continuing Healthcare is for adults, and their age"
              + " is checked on the day the referral is received.");
    }
    if (dateOfBirth.isAfter(receivedOn)) {
      throw new ChcRuleException(
          "The date of birth, "
              + Text.day(dateOfBirth)
              + ", is after the day the referral was received. Check the date of birth.");
    }
    if (!AdultAge.isAdultOn(dateOfBirth, receivedOn)) {
      throw new ChcRuleException(
          "NHS Continuing Healthcare is for adults aged 18 or over. On "
              + Text.day(receivedOn)
              + ", when the referral was received, this person is "
              + AdultAge.ageOn(dateOfBirth, receivedOn)
              + "; they turn 18 on "
              + Text.day(AdultAge.eighteenthBirthday(dateOfBirth))
              + ". Until then their needs are considered under the children and young people's"
              + " continuing care framework.");
    }
  }

  /**
   * The 28-day clock a referral of this kind starts. Only a referral straight to full assessment
   * starts it on receipt; a Checklist starts it only if it is positive, and Fast Track has no 28
   * days because the completed tool itself establishes eligibility.
   */
  public AssessmentClock startClock() {
    if (route != ReferralRoute.FULL_ASSESSMENT) {
      throw new ChcRuleException(
          route == ReferralRoute.CHECKLIST
              ? "A Checklist starts the 28 days only when it is positive: use the day the ICB"
                  + " received the positive Checklist."
              : "A Fast Track referral has no 28-day assessment: the completed tool establishes"
                  + " eligibility.");
    }
    return new AssessmentClock(receivedOn, ClockStart.REFERRAL_FOR_FULL_ASSESSMENT);
  }
}
