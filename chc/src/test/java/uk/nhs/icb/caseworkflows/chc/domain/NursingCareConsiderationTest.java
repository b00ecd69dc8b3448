package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** After a finding of not eligible, who must be considered for NHS-funded Nursing Care. */
class NursingCareConsiderationTest {

  @Test
  void someoneNotEligibleLivingInACareHomeWithNursingIsConsideredForFnc() {
    NursingCareConsideration fnc =
        NursingCareConsideration.after(false, CareSetting.CARE_HOME_WITH_NURSING, null);

    assertThat(fnc.required()).isTrue();
    assertThat(fnc.reason())
        .isEqualTo("Not eligible, and lives in a care home with nursing: consider FNC.");
  }

  @Test
  void someoneNotEligibleGoingFromHospitalToACareHomeWithNursingIsConsideredForFnc() {
    NursingCareConsideration fnc =
        NursingCareConsideration.after(
            false, CareSetting.HOSPITAL, CareSetting.CARE_HOME_WITH_NURSING);

    assertThat(fnc.required()).isTrue();
    assertThat(fnc.reason()).contains("is going to a care home with nursing");
  }

  @ParameterizedTest
  @EnumSource(
      value = CareSetting.class,
      names = "CARE_HOME_WITH_NURSING",
      mode = EnumSource.Mode.EXCLUDE)
  void someoneNotEligibleNeitherInNorGoingToACareHomeWithNursingIsNot(CareSetting setting) {
    NursingCareConsideration fnc = NursingCareConsideration.after(false, setting, setting);

    assertThat(fnc.required()).isFalse();
    assertThat(fnc.reason()).contains("the only setting FNC is paid for");
  }

  @Test
  void someoneLeavingACareHomeWithNursingForHomeIsStillConsideredWhileTheyLiveThere() {
    assertThat(
            NursingCareConsideration.after(
                    false, CareSetting.CARE_HOME_WITH_NURSING, CareSetting.OWN_HOME)
                .required())
        .isTrue();
  }

  @Test
  void someoneEligibleForContinuingHealthcareIsNotConsideredForFnc() {
    NursingCareConsideration fnc =
        NursingCareConsideration.after(true, CareSetting.CARE_HOME_WITH_NURSING, null);

    assertThat(fnc.required()).isFalse();
    assertThat(fnc.reason()).startsWith("Eligible for NHS Continuing Healthcare");
  }
}
