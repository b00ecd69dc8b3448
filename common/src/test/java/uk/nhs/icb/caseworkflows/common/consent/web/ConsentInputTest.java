package uk.nhs.icb.caseworkflows.common.consent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class ConsentInputTest {

  @Test
  void thePersonNeedsNoNameAndSomeoneForThemIsKeptWithTheirStanding() {
    assertThat(ConsentInput.giver(ConsentGivenAs.THE_PERSON, null, null))
        .isEqualTo(ConsentGiver.thePerson());
    ConsentGiver representative =
        ConsentInput.giver(ConsentGivenAs.REPRESENTATIVE, "Ben Lee", "son, with LPA");
    assertThat(representative.givenAs()).isEqualTo(ConsentGivenAs.REPRESENTATIVE);
    assertThat(representative.name()).isEqualTo("Ben Lee");
    assertThat(representative.standing()).isEqualTo("son, with LPA");
  }

  @Test
  void someoneForThePersonWithoutANameIsRefusedAsTheGiversName() {
    for (ConsentGivenAs givenAs :
        new ConsentGivenAs[] {
          ConsentGivenAs.REPRESENTATIVE, ConsentGivenAs.BEST_INTERESTS_DECISION
        }) {
      assertThatThrownBy(() -> ConsentInput.giver(givenAs, " ", "GP"))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              refused -> assertThat(refused.errors().get(0).field()).isEqualTo("giverName"));
    }
  }
}
