package uk.nhs.icb.caseworkflows.chc.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader;
import uk.nhs.icb.caseworkflows.common.letters.domain.AdvocacyService;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamContact;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamLetters;

/**
 * The CHC team's letter settings under {@code app.chc.letters.}: its contact, the advocacy service
 * it names and who signs; the contact's role (the letters name the coordinator's role) under {@code
 * contact.role}.
 */
@ApplicationScoped
public class ChcLetterSettings {

  static final String PREFIX = "app.chc.letters.";

  private static final TeamLetters CHC_TEAM =
      new TeamLetters(
          new TeamContact("Continuing Healthcare Team", "0300 000 0000", "example.chc@nhs.net"),
          new AdvocacyService(
              "Example Independent Advocacy", "0300 000 0001", "www.example-advocacy.org.uk"),
          new Signatory("Continuing Healthcare Team", "Continuing Healthcare Clinical Lead"));

  private final TeamLetters team;
  private final String contactRole;

  @Inject
  public ChcLetterSettings(Config config) {
    this(LetterSettingsReader.of(config, PREFIX));
  }

  ChcLetterSettings(LetterSettingsReader settings) {
    this.team = settings.team(CHC_TEAM);
    this.contactRole = settings.text("contact.role", "Continuing Healthcare Coordinator");
  }

  /** For the CDI proxy only. */
  protected ChcLetterSettings() {
    this.team = null;
    this.contactRole = null;
  }

  public TeamLetters team() {
    return team;
  }

  public String contactRole() {
    return contactRole;
  }
}
