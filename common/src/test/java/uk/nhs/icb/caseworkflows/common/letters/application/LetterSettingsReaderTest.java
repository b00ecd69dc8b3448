package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.domain.AdvocacyService;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamContact;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamLetters;

/** A workflow's letter settings read under its own prefix, each falling back to its default. */
class LetterSettingsReaderTest {

  private static final String PREFIX = "app.ifr.letters.";
  private static final TeamLetters IFR_TEAM =
      new TeamLetters(
          new TeamContact("IFR Team", "0300 000 0002", "example.ifr@nhs.net"),
          new AdvocacyService("Example Advocacy", "0300 000 0001", "www.example-advocacy.org.uk"),
          new Signatory("IFR Team", "IFR Coordinator"));

  private static LetterSettingsReader reading(Map<String, String> properties) {
    return LetterSettingsReader.of(properties, PREFIX);
  }

  @Test
  void withNothingSetTheWorkflowsOwnDefaultsAreUsed() {
    LetterSettingsReader settings = reading(Map.of());

    assertThat(settings.team(IFR_TEAM)).isEqualTo(IFR_TEAM);
    assertThat(settings.text("panel.venue", "Kingsway House")).isEqualTo("Kingsway House");
    assertThat(settings.workingDays("evidence.reply-working-days", 15)).isEqualTo(15);
    assertThat(settings.flag("panel.may-attend", true)).isTrue();
  }

  @Test
  void theTeamsBlocksAreReadUnderTheWorkflowsPrefixOneValueAtATime() {
    TeamLetters team =
        reading(
                Map.of(
                    "app.ifr.letters.contact.name", "Northvale IFR Team",
                    "app.ifr.letters.advocacy.website", "www.northvale-advocacy.org.uk",
                    "app.ifr.letters.signatory.role", "Head of IFR",
                    // another workflow's setting is not this one's
                    "app.chc.letters.contact.telephone", "01632 960 500"))
            .team(IFR_TEAM);

    assertThat(team.contact())
        .isEqualTo(new TeamContact("Northvale IFR Team", "0300 000 0002", "example.ifr@nhs.net"));
    assertThat(team.advocacy().website()).isEqualTo("www.northvale-advocacy.org.uk");
    assertThat(team.advocacy().name()).isEqualTo("Example Advocacy");
    assertThat(team.signatory()).isEqualTo(new Signatory("IFR Team", "Head of IFR"));
  }

  @Test
  void aSignatoryIsReadAsItsNameAndRole() {
    Signatory chair =
        reading(Map.of("app.ifr.letters.panel-chair.name", "Dr Owen Price"))
            .signatory("panel-chair", new Signatory("Panel Chair", "Chair, IFR panel"));

    assertThat(chair).isEqualTo(new Signatory("Dr Owen Price", "Chair, IFR panel"));
  }

  @Test
  void aBlankValueCountsAsNotSet() {
    assertThat(reading(Map.of("app.ifr.letters.panel.venue", "  ")).text("panel.venue", "Online"))
        .isEqualTo("Online");
  }

  @Test
  void aListIsSeparatedByBarsBecauseItsWordingHasCommas() {
    assertThat(
            reading(
                    Map.of(
                        "app.ifr.letters.evidence.asked",
                        " a letter from your consultant, with dates | | your test results |"))
                .list("evidence.asked", "ignored"))
        .containsExactly("a letter from your consultant, with dates", "your test results");
    assertThat(reading(Map.of()).list("evidence.asked", "one|two")).containsExactly("one", "two");
  }

  @Test
  void aReplyPeriodIsAWholeNumberOfAtLeastOneWorkingDay() {
    assertThat(reading(Map.of("app.ifr.letters.reply", " 20 ")).workingDays("reply", 10))
        .isEqualTo(20);
    assertThatThrownBy(() -> reading(Map.of("app.ifr.letters.reply", "0")).workingDays("reply", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("app.ifr.letters.reply");
    assertThatThrownBy(
            () -> reading(Map.of("app.ifr.letters.reply", "ten")).workingDays("reply", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("app.ifr.letters.reply");
  }

  @Test
  void aFlagReadsTheWordsMicroProfileConfigReadsAsTrue() {
    for (String yes : new String[] {"true", "TRUE", "1", "yes", "Y", "on"}) {
      assertThat(reading(Map.of("app.ifr.letters.f", yes)).flag("f", false)).as(yes).isTrue();
    }
    assertThat(reading(Map.of("app.ifr.letters.f", "false")).flag("f", true)).isFalse();
    assertThat(reading(Map.of("app.ifr.letters.f", "no")).flag("f", true)).isFalse();
  }

  @Test
  void theApplicationsConfigurationIsAskedForTheFullPropertyName() {
    Map<String, String> configured = Map.of("app.ifr.letters.contact.email", "ifr@nhs.net");
    Config config =
        (Config)
            Proxy.newProxyInstance(
                Config.class.getClassLoader(),
                new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getOptionalValue") && args[1] == String.class) {
                    return Optional.ofNullable(configured.get((String) args[0]));
                  }
                  throw new UnsupportedOperationException(method.getName());
                });

    assertThat(LetterSettingsReader.of(config, PREFIX).team(IFR_TEAM).contact().email())
        .isEqualTo("ifr@nhs.net");
  }
}
