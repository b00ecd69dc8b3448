package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/** NHS Continuing Healthcare is for adults: the age is checked on the day of the referral. */
class ReferralAgeTest {

  private static final NhsNumber NHS_NUMBER = NhsNumber.parse("401 023 2137");

  private static Referral referral(LocalDate born, LocalDate received) {
    return new Referral(NHS_NUMBER, born, received, ReferralRoute.CHECKLIST);
  }

  @Test
  void aReferralOnThe18thBirthdayIsAccepted() {
    Referral referral = referral(LocalDate.of(2008, 6, 15), LocalDate.of(2026, 6, 15));

    assertThat(referral.receivedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  void aReferralTheDayBeforeThe18thBirthdayIsRefusedWithTheReason() {
    assertThatThrownBy(() -> referral(LocalDate.of(2008, 6, 15), LocalDate.of(2026, 6, 14)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "NHS Continuing Healthcare is for adults aged 18 or over. On Sunday 14 June 2026, when"
                + " the referral was received, this person is 17; they turn 18 on Monday 15 June"
                + " 2026. Until then their needs are considered under the children and young"
                + " people's continuing care framework.");
  }

  @Test
  void someoneBornOn29FebruaryTurns18On1MarchInACommonYear() {
    LocalDate born = LocalDate.of(2008, 2, 29);

    assertThat(AdultAge.eighteenthBirthday(born)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThatThrownBy(() -> referral(born, LocalDate.of(2026, 2, 28)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("this person is 17; they turn 18 on Sunday 1 March 2026");
    assertThat(referral(born, LocalDate.of(2026, 3, 1)).dateOfBirth()).isEqualTo(born);
  }

  /** 18 is not a multiple of 4, so an 18th birthday never falls in a leap year. */
  @ParameterizedTest
  @ValueSource(ints = {1992, 2004, 2008, 2012, 2016})
  void everyoneBornOn29FebruaryTurns18On1March(int leapYear) {
    LocalDate born = LocalDate.of(leapYear, 2, 29);

    assertThat(AdultAge.eighteenthBirthday(born)).isEqualTo(LocalDate.of(leapYear + 18, 3, 1));
  }

  @Test
  void aBirthdayOn28FebruaryOrOn1MarchIsNotMoved() {
    assertThat(AdultAge.eighteenthBirthday(LocalDate.of(2008, 2, 28)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(AdultAge.eighteenthBirthday(LocalDate.of(2008, 3, 1)))
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void theAgeShownAgreesWithTheBirthdayRule() {
    LocalDate born = LocalDate.of(2008, 2, 29);

    assertThat(AdultAge.ageOn(born, LocalDate.of(2026, 2, 28))).isEqualTo(17);
    assertThat(AdultAge.ageOn(born, LocalDate.of(2026, 3, 1))).isEqualTo(18);
    assertThat(AdultAge.isAdultOn(born, LocalDate.of(2026, 2, 28))).isFalse();
  }

  @Test
  void anOlderAdultIsAccepted() {
    assertThat(referral(LocalDate.of(1938, 4, 2), LocalDate.of(2026, 11, 20)).route())
        .isEqualTo(ReferralRoute.CHECKLIST);
  }

  @Test
  void aReferralWithoutADateOfBirthIsRefused() {
    assertThatThrownBy(() -> referral(null, LocalDate.of(2026, 11, 20)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("Give the person's date of birth");
  }

  @Test
  void aDateOfBirthAfterTheReferralIsRefused() {
    assertThatThrownBy(() -> referral(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 20)))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "The date of birth, Tuesday 1 December 2026, is after the day the referral was"
                + " received. Check the date of birth.");
  }

  @Test
  void theNhsNumberMayFollowLater() {
    Referral referral =
        new Referral(
            null, LocalDate.of(1950, 1, 1), LocalDate.of(2026, 11, 20), ReferralRoute.CHECKLIST);

    assertThat(referral.nhsNumber()).isNull();
  }

  @Test
  void aReferralStraightToFullAssessmentStartsThe28DaysOnReceipt() {
    Referral referral =
        new Referral(
            NHS_NUMBER,
            LocalDate.of(1950, 1, 1),
            LocalDate.of(2026, 11, 20),
            ReferralRoute.FULL_ASSESSMENT);

    assertThat(referral.startClock().decisionDueBy()).isEqualTo(LocalDate.of(2026, 12, 18));
    assertThat(referral.startClock().start()).isEqualTo(ClockStart.REFERRAL_FOR_FULL_ASSESSMENT);
  }

  @Test
  void aChecklistReferralDoesNotStartThe28DaysUntilItIsPositive() {
    assertThatThrownBy(
            () -> referral(LocalDate.of(1950, 1, 1), LocalDate.of(2026, 11, 20)).startClock())
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("A Checklist starts the 28 days only when it is positive");
  }

  @Test
  void aFastTrackReferralHasNo28DayAssessment() {
    Referral fastTrack =
        new Referral(
            NHS_NUMBER,
            LocalDate.of(1950, 1, 1),
            LocalDate.of(2026, 11, 20),
            ReferralRoute.FAST_TRACK);

    assertThatThrownBy(fastTrack::startClock)
        .isInstanceOf(ChcRuleException.class)
        .hasMessageStartingWith("A Fast Track referral has no 28-day assessment");
  }
}
