package uk.nhs.icb.caseworkflows.common.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsentGiverTest {

  @Test
  void thePersonThemselvesNeedsNoNameOrStanding() {
    ConsentGiver giver = ConsentGiver.thePerson();

    assertThat(giver.givenAs()).isEqualTo(ConsentGivenAs.THE_PERSON);
    assertThat(giver.name()).isNull();
    assertThat(giver.standing()).isNull();
  }

  @Test
  void aBestInterestsDecisionNamesWhoMadeItAndInWhatRole() {
    ConsentGiver giver = ConsentGiver.bestInterestsDecision("Dr Priya Patel", "consultant");

    assertThat(giver.givenAs()).isEqualTo(ConsentGivenAs.BEST_INTERESTS_DECISION);
    assertThat(giver.name()).isEqualTo("Dr Priya Patel");
    assertThat(giver.standing()).isEqualTo("consultant");
  }

  @Test
  void aRepresentativeMustSayWhatStandingTheyHave() {
    assertThatThrownBy(() -> ConsentGiver.representative("Jane Smith", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the representative's standing is required");
  }

  @Test
  void theRoleInTheCaseIsKeptInLowerCaseSoChecksDoNotDependOnHowItWasTyped() {
    assertThat(ConsentSubject.of("Jane Smith", "Patient").roleInCase()).isEqualTo("patient");
  }
}
