package uk.nhs.icb.caseworkflows.common.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

class TeamLettersTest {

  static final TeamLetters CHC_TEAM =
      new TeamLetters(
          new TeamContact("Continuing Healthcare Team", "01632 960 500", "northvale.chc@nhs.net"),
          new AdvocacyService("Northvale Advocacy", "01632 960 785", "www.northvale-advocacy.org"),
          new Signatory("Amira Khan", "CHC Clinical Lead"));

  private static final Addressee DAUGHTER =
      new Addressee(
          "Ms Carys Morgan",
          List.of("2 Park Street", "Luton"),
          "LU1 3EH",
          "Ms Morgan",
          CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT));

  @Test
  void aLetterFromTheTeamGreetsItsAddresseeAndSaysWhomToContact() {
    AddressedLetter letter =
        CHC_TEAM.letter(
            "chc-checklist-outcome",
            "CHC-2026-000042",
            NhsNumber.parse("943 476 5919"),
            DAUGHTER,
            Map.of("outcome", "a full assessment"));

    LetterContent content = letter.content();
    assertThat(content.kind()).isEqualTo("chc-checklist-outcome");
    assertThat(content.reference()).isEqualTo("CHC-2026-000042");
    assertThat(content.nhsNumber()).isEqualTo(NhsNumber.parse("943 476 5919"));
    assertThat(content.recipient()).isEqualTo(DAUGHTER.recipient());
    assertThat(content.signatory()).isEqualTo(new Signatory("Amira Khan", "CHC Clinical Lead"));
    assertThat(content.fields())
        .containsEntry("salutation", "Ms Morgan")
        .containsEntry("outcome", "a full assessment")
        .containsEntry(
            "contact",
            Map.of(
                "name", "Continuing Healthcare Team",
                "telephone", "01632 960 500",
                "email", "northvale.chc@nhs.net"));
  }

  @Test
  void theAddresseesNeedsTravelWithTheLetter() {
    AddressedLetter letter =
        CHC_TEAM.letter("chc-decision", "CHC-2026-000042", null, DAUGHTER, Map.of());

    assertThat(letter.needs().wantsLargePrintLetters()).isTrue();
    assertThat(letter.content().nhsNumber()).isNull();
  }

  @Test
  void aLetterSignedBySomeoneElseNamesThem() {
    Signatory chair = new Signatory("Dr Owen Price", "Chair, CHC panel");

    AddressedLetter letter =
        CHC_TEAM.letter(
            "chc-decision",
            "CHC-2026-000042",
            null,
            Addressee.organisation("Northvale Care Home"),
            chair,
            Map.of());

    assertThat(letter.content().signatory()).isEqualTo(chair);
    assertThat(letter.content().fields()).containsEntry("salutation", "Sir or Madam");
    assertThat(letter.needs().isNone()).isTrue();
  }

  @Test
  void theAdvocacyBlockIsTheServicesNameTelephoneAndWebsite() {
    assertThat(CHC_TEAM.advocacy().fields())
        .isEqualTo(
            Map.of(
                "name", "Northvale Advocacy",
                "telephone", "01632 960 785",
                "website", "www.northvale-advocacy.org"));
  }
}
