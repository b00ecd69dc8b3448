package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamContact;

/** What complaint letters say when the ICB has set nothing under app.complaints.letters. */
class ComplaintLetterSettingsTest {

  private final ComplaintLetterSettings defaults =
      new ComplaintLetterSettings(
          LetterSettingsReader.of(Map.of(), ComplaintLetterSettings.PREFIX));

  @Test
  void theComplaintsTeamsOwnDefaultsFillTheTeamsBlocks() {
    assertThat(defaults.team().contact())
        .isEqualTo(
            new TeamContact("Complaints Team", "0300 000 0000", "example.complaints@nhs.net"));
    assertThat(defaults.team().advocacy().name())
        .isEqualTo("Example Independent Complaints Advocacy");
    assertThat(defaults.team().advocacy().telephone()).isEqualTo("0300 000 0001");
    assertThat(defaults.team().advocacy().website()).isEqualTo("www.example-advocacy.org.uk");
    assertThat(defaults.team().signatory())
        .isEqualTo(new Signatory("Complaints Team", "Complaints Manager"));
    assertThat(defaults.responsiblePerson())
        .isEqualTo(new Signatory("Chief Executive", "Responsible person for complaints"));
  }

  @Test
  void theComplaintOnlySettingsKeepTheirDefaults() {
    assertThat(defaults.consentPurposes()).hasSize(4);
    assertThat(defaults.providerRequests()).hasSize(3);
    assertThat(defaults.periods()).isEqualTo(new LetterPeriods(10, 10, 10, 20));
    assertThat(defaults.delayReason()).isEqualTo(ComplaintLetterSettings.DELAY_REASON);
    assertThat(defaults.mayUseAnonymously()).isTrue();
  }

  @Test
  void eachSettingIsReadUnderItsPropertyName() {
    ComplaintLetterSettings set =
        new ComplaintLetterSettings(
            LetterSettingsReader.of(
                Map.of(
                    "app.complaints.letters.responsible-person.name", "Dr Helen Marsh",
                    "app.complaints.letters.holding.new-response-working-days", "15",
                    "app.complaints.letters.identity.may-use-anonymously", "false",
                    "app.complaints.letters.disclosure.requests", "the records|an account"),
                ComplaintLetterSettings.PREFIX));

    assertThat(set.responsiblePerson().name()).isEqualTo("Dr Helen Marsh");
    assertThat(set.periods().holdingNewResponse()).isEqualTo(15);
    assertThat(set.mayUseAnonymously()).isFalse();
    assertThat(set.providerRequests()).containsExactly("the records", "an account");
  }
}
