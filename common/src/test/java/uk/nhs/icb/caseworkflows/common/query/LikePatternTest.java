package uk.nhs.icb.caseworkflows.common.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

  @Test
  void findsTheTextAnywhereInAnyCase() {
    assertThat(LikePattern.containing("Jones")).isEqualTo("%jones%");
  }

  @Test
  void takesTheUsersWildcardsLiterally() {
    assertThat(LikePattern.containing("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
  }

  @Test
  void anyOfTheNamedFieldsMayHoldTheText() {
    assertThat(LikePattern.inAnyOf("name", "r.patient.name", "r.clinician.name"))
        .isEqualTo(
            "(lower(r.patient.name) like :name escape '\\'"
                + " or lower(r.clinician.name) like :name escape '\\')");
  }
}
