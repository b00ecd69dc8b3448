package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Point 12: the Ombudsman's address in complaint letters comes from configuration (stored sources
 * disagree on it), in every letter to the complainant, the further-resolution letters included.
 */
class OmbudsmanAddressFromConfigurationTest {

  private static final String MANCHESTER = "PHSO, Example House, Manchester, M1 1AA";

  private static ComplaintLetterSettings configured() {
    return new ComplaintLetterSettings(
        LetterSettingsReader.of(
            Map.of(
                ComplaintLetterSettings.PREFIX + "ombudsman.address",
                MANCHESTER,
                ComplaintLetterSettings.PREFIX + "ombudsman.telephone",
                "0300 000 9999"),
            ComplaintLetterSettings.PREFIX));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> ombudsmanIn(Map<String, Object> fields) {
    return (Map<String, Object>) fields.get("ombudsman");
  }

  @Test
  void theConfiguredAddressIsPrintedInTheFinalResponsesOmbudsmanBlock() {
    ComplaintLetterContents contents =
        new ComplaintLetterContents(
            configured(),
            ComplaintLetterFixtures.CALENDAR,
            ComplaintLetterFixtures.CLOCK,
            ComplaintLetterFixtures.DEADLINES);

    Map<String, Object> fields =
        contents
            .contentOf(
                ComplaintLetterContents.STANDING_REFUSED,
                ComplaintLetterFixtures.standingRefused(),
                LetterCircumstances.none())
            .fields();

    assertThat(ombudsmanIn(fields))
        .containsEntry("address", MANCHESTER)
        .containsEntry("telephone", "0300 000 9999")
        .containsEntry("website", "www.ombudsman.org.uk");
  }

  @Test
  void withoutASettingTheShippedDefaultIsUsedAndTheReopeningLetterCarriesItToo() {
    ComplaintLetterSettings unset =
        new ComplaintLetterSettings(
            LetterSettingsReader.of(Map.of(), ComplaintLetterSettings.PREFIX));
    assertThat(unset.ombudsman()).isEqualTo(OmbudsmanContact.UNCONFIRMED_DEFAULT);

    Complaint responded = ComplaintLetterFixtures.responded();
    var further =
        uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse.open(
            responded.id(),
            1,
            "Why the call-back never came.",
            java.time.LocalDate.of(2026, 4, 13),
            ComplaintLetterFixtures.TODAY,
            "daniel.oconnor");
    Map<String, Object> fields =
        new AfterResponseLetters(configured()).reopened(responded, further).content().fields();
    assertThat(ombudsmanIn(fields)).containsEntry("address", MANCHESTER);
    assertThat(fields).containsEntry("dueBy", java.time.LocalDate.of(2026, 4, 13));
  }
}
