package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.chc.domain.Profession.DOCTOR;
import static uk.nhs.icb.caseworkflows.chc.domain.Profession.OCCUPATIONAL_THERAPIST;
import static uk.nhs.icb.caseworkflows.chc.domain.Profession.REGISTERED_NURSE;
import static uk.nhs.icb.caseworkflows.chc.domain.Profession.SOCIAL_CARE_ASSESSOR;
import static uk.nhs.icb.caseworkflows.chc.domain.Profession.SOCIAL_WORKER;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Framework's minimum team for a full assessment. */
class MultidisciplinaryTeamTest {

  private static MultidisciplinaryTeam team(MdtMember... members) {
    return new MultidisciplinaryTeam(List.of(members));
  }

  private static final MdtMember NURSE = new MdtMember("Rachel Green", REGISTERED_NURSE);
  private static final MdtMember SECOND_NURSE = new MdtMember("Tom Hale", REGISTERED_NURSE);
  private static final MdtMember SOCIAL_WORKER_ANA = new MdtMember("Ana Silva", SOCIAL_WORKER);
  private static final MdtMember ASSESSOR = new MdtMember("Joe Pike", SOCIAL_CARE_ASSESSOR);

  @Test
  void aNurseAndASocialWorkerAreEnough() {
    assertThat(team(NURSE, SOCIAL_WORKER_ANA).meetsTheMinimum()).isTrue();
    assertThat(team(NURSE, SOCIAL_WORKER_ANA).shortfall()).isEmpty();
  }

  @Test
  void twoDifferentHealthProfessionsAreEnough() {
    assertThat(team(NURSE, new MdtMember("Priya Shah", OCCUPATIONAL_THERAPIST)).meetsTheMinimum())
        .isTrue();
    assertThat(team(new MdtMember("Dr Ellis", DOCTOR), NURSE).meetsTheMinimum()).isTrue();
  }

  @Test
  void twoNursesAreNotEnough() {
    assertThat(team(NURSE, SECOND_NURSE).meetsTheMinimum()).isFalse();
  }

  @Test
  void twoSocialCareProfessionalsAreNotEnough() {
    assertThat(team(SOCIAL_WORKER_ANA, ASSESSOR).meetsTheMinimum()).isFalse();
  }

  @Test
  void oneProfessionalAloneIsNotEnough() {
    assertThat(team(NURSE).meetsTheMinimum()).isFalse();
  }

  @Test
  void twoNursesBecomeEnoughWhenASocialWorkerJoins() {
    assertThat(team(NURSE, SECOND_NURSE, SOCIAL_WORKER_ANA).meetsTheMinimum()).isTrue();
  }

  @Test
  void theShortfallSaysWhatIsNeededAndWhoIsRecorded() {
    assertThat(team(NURSE, SECOND_NURSE).shortfall())
        .hasValue(
            "The team needs at least two professionals: from two different health professions,"
                + " or one from health and one from social care. Recorded so far: Rachel Green"
                + " (Registered nurse), Tom Hale (Registered nurse).");
    assertThat(MultidisciplinaryTeam.none().shortfall())
        .hasValueSatisfying(text -> assertThat(text).endsWith("Recorded so far: nobody."));
  }

  @Test
  void eachMemberIsNamed() {
    assertThatThrownBy(() -> new MdtMember(" ", REGISTERED_NURSE))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("Give the name of each professional in the team.");
  }
}
