package uk.nhs.icb.caseworkflows.common.party.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people a case names, as any workflow records them. */
class PartyTest {

  @Test
  void aPartyNeedsOnlyAName() {
    Party party = new Party(" Mr Owain Long ", null, " ", null, null);

    assertThat(party.name()).isEqualTo("Mr Owain Long");
    assertThat(party.addressLines()).isEmpty();
    assertThat(party.postcode()).isNull();
    assertThatThrownBy(() -> new Party(" ", List.of(), null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void aPartyKeepsTheWaysToReachThem() {
    Party party =
        new Party(
            "Mrs Ada Jones",
            List.of("1 High Street", " ", "Leeds"),
            " LS1 4AP ",
            "0113 496 0000",
            "ada@example.org");

    assertThat(party.addressLines()).containsExactly("1 High Street", "Leeds");
    assertThat(party.postcode()).isEqualTo("LS1 4AP");
    assertThat(party.telephone()).isEqualTo("0113 496 0000");
    assertThat(party.email()).isEqualTo("ada@example.org");
  }

  @Test
  void theAffectedPersonMayHaveAnNhsNumber() {
    NhsNumber number = NhsNumber.parse("943 476 5919");
    AffectedPerson patient =
        new AffectedPerson(
            "Tom Jones", number, LocalDate.of(1950, 1, 2), List.of("2 Low Road"), "LS2 1AA");

    assertThat(patient.nhsNumber()).isEqualTo(number);
    assertThat(patient.dateOfBirth()).isEqualTo(LocalDate.of(1950, 1, 2));
    assertThat(patient.addressLines()).containsExactly("2 Low Road");
    assertThat(new AffectedPerson("Tom Jones", null, null, null, null).nhsNumber()).isNull();
    assertThatThrownBy(() -> new AffectedPerson(null, number, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anNhsNumberIsStoredAsItsDigitsAndCheckedWhenReadBack() {
    NhsNumberConverter converter = new NhsNumberConverter();

    assertThat(converter.convertToDatabaseColumn(NhsNumber.parse("943-476-5919")))
        .isEqualTo("9434765919");
    assertThat(converter.convertToEntityAttribute("9434765919"))
        .isEqualTo(NhsNumber.parse("9434765919"));
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThatThrownBy(() -> converter.convertToEntityAttribute("9434765918"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
