package uk.nhs.icb.caseworkflows.common.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

class AddresseeTest {

  private static Party gareth() {
    return new Party(
        "Mr Gareth Hughes",
        List.of("4 Mill Lane", "Dunstable"),
        "LU6 3AB",
        "01632 960 222",
        "gareth.hughes@example.com");
  }

  @Test
  void aPartyIsGreetedByTheNameTheyGaveAtTheirAddressWithTheirOwnNeeds() {
    Party gareth = gareth();
    gareth.recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT));

    Addressee addressee = Addressee.of(gareth);

    assertThat(addressee.salutation()).isEqualTo("Mr Gareth Hughes");
    assertThat(addressee.recipient())
        .isEqualTo(
            new Recipient("Mr Gareth Hughes", List.of("4 Mill Lane", "Dunstable"), "LU6 3AB"));
    assertThat(addressee.needs().wantsLargePrintLetters()).isTrue();
  }

  @Test
  void aPartyWithoutRecordedNeedsGetsTheStandardLetterOnly() {
    assertThat(Addressee.of(gareth()).needs().isNone()).isTrue();
  }

  @Test
  void thePersonACaseIsAboutIsWrittenToAtTheirOwnAddressWithTheirOwnNeeds() {
    AffectedPerson patient =
        new AffectedPerson(
            "Mrs Eluned Hughes",
            NhsNumber.parse("943 476 5919"),
            LocalDate.of(1941, 3, 9),
            List.of("Ty Gwyn", "Leighton Buzzard"),
            "LU7 1AA");
    patient.recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.BRAILLE_READY_TEXT));

    Addressee addressee = Addressee.of(patient);

    assertThat(addressee.salutation()).isEqualTo("Mrs Eluned Hughes");
    assertThat(addressee.recipient().addressLines()).containsExactly("Ty Gwyn", "Leighton Buzzard");
    assertThat(addressee.recipient().postcode()).isEqualTo("LU7 1AA");
    assertThat(addressee.needs().wantsPlainTextLetters()).isTrue();
  }

  @Test
  void anOrganisationIsGreetedAsSirOrMadamByNameOnlyAndHasNoNeeds() {
    Addressee trust = Addressee.organisation("Northvale Community Health NHS Trust");

    assertThat(trust.salutation()).isEqualTo("Sir or Madam");
    assertThat(trust.recipient().name()).isEqualTo("Northvale Community Health NHS Trust");
    assertThat(trust.recipient().addressLines()).isEmpty();
    assertThat(trust.recipient().postcode()).isEmpty();
    assertThat(trust.needs().isNone()).isTrue();
  }
}
