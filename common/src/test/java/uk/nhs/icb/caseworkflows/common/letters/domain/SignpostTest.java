package uk.nhs.icb.caseworkflows.common.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignpostTest {

  @Test
  void theFirstTypedLineIsTheOrganisationAndTheRestHowToReachIt() {
    Signpost signpost =
        Signpost.typed(
            "  NHS England Specialised Commissioning  \n\n"
                + "Telephone: 0300 311 22 33\r\n"
                + "Email: england.contactus@nhs.net\n");

    assertThat(signpost.organisation()).isEqualTo("NHS England Specialised Commissioning");
    assertThat(signpost.contactDetails())
        .containsExactly("Telephone: 0300 311 22 33", "Email: england.contactus@nhs.net");
  }

  @Test
  void theRedirectBlockSaysWhyThatOrganisationIsTheOneToGoTo() {
    Signpost council = new Signpost("Luton Borough Council", List.of("Telephone: 01632 960 900"));

    assertThat(council.fields("The council arranges social care."))
        .isEqualTo(
            Map.of(
                "organisation", "Luton Borough Council",
                "explanation", "The council arranges social care.",
                "contactDetails", List.of("Telephone: 01632 960 900")));
  }

  @Test
  void nothingTypedIsNowhereToGo() {
    assertThatThrownBy(() -> Signpost.typed(" \n ")).isInstanceOf(IllegalArgumentException.class);
  }
}
