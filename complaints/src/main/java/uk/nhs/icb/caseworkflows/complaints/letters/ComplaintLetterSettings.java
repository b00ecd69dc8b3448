package uk.nhs.icb.caseworkflows.complaints.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader;
import uk.nhs.icb.caseworkflows.common.letters.domain.AdvocacyService;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamContact;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamLetters;

/**
 * What complaint letters say that no complaint file holds: who to contact, the local advocacy
 * service, who signs, what the standard requests and consent purposes are, and how many working
 * days people are given to reply. Set by the ICB under {@code app.complaints.letters.*}; lists are
 * separated by {@code |} because the wording itself has commas.
 */
@ApplicationScoped
public class ComplaintLetterSettings {

  static final String PREFIX = "app.complaints.letters.";

  private static final TeamLetters COMPLAINTS_TEAM =
      new TeamLetters(
          new TeamContact("Complaints Team", "0300 000 0000", "example.complaints@nhs.net"),
          new AdvocacyService(
              "Example Independent Complaints Advocacy",
              "0300 000 0001",
              "www.example-advocacy.org.uk"),
          new Signatory("Complaints Team", "Complaints Manager"));

  private static final Signatory RESPONSIBLE_PERSON =
      new Signatory("Chief Executive", "Responsible person for complaints");

  private final TeamLetters team;
  private final Signatory responsiblePerson;
  private final List<String> consentPurposes;
  private final List<String> providerRequests;
  private final LetterPeriods periods;
  private final String delayReason;
  private final boolean mayUseAnonymously;
  private final String responsiblePersonUser;
  private final Map<String, Signatory> signatories;
  private final OmbudsmanContact ombudsman;

  @Inject
  public ComplaintLetterSettings(Config config) {
    this(LetterSettingsReader.of(config, PREFIX));
  }

  ComplaintLetterSettings(LetterSettingsReader settings) {
    this.team = settings.team(COMPLAINTS_TEAM);
    this.responsiblePerson = settings.signatory("responsible-person", RESPONSIBLE_PERSON);
    this.consentPurposes = settings.list("consent.purposes", CONSENT_PURPOSES);
    this.providerRequests = settings.list("disclosure.requests", PROVIDER_REQUESTS);
    this.periods =
        new LetterPeriods(
            settings.workingDays("consent.return-working-days", 10),
            settings.workingDays("identity.reply-working-days", 10),
            settings.workingDays("disclosure.response-working-days", 10),
            settings.workingDays("holding.new-response-working-days", 20));
    this.delayReason = settings.text("holding.delay-reason", DELAY_REASON);
    this.mayUseAnonymously = settings.flag("identity.may-use-anonymously", true);
    OmbudsmanContact shipped = OmbudsmanContact.UNCONFIRMED_DEFAULT;
    this.ombudsman =
        new OmbudsmanContact(
            settings.text("ombudsman.website", shipped.website()),
            settings.text("ombudsman.telephone", shipped.telephone()),
            settings.text("ombudsman.address", shipped.address()));
    this.responsiblePersonUser = settings.text("responsible-person.user", "");
    this.signatories = signatories(settings.list("signatories", ""));
  }

  /** {@code user=Name=Role} items: who may sign off a response and how the letter names them. */
  private static Map<String, Signatory> signatories(List<String> items) {
    Map<String, Signatory> byUser = new LinkedHashMap<>();
    for (String item : items) {
      String[] parts = item.split("=", -1);
      if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
        throw new IllegalArgumentException(
            PREFIX + "signatories: each item must be user=Name=Role, not '" + item + "'");
      }
      byUser.put(parts[0].strip(), new Signatory(parts[1].strip(), parts[2].strip()));
    }
    return Map.copyOf(byUser);
  }

  /** For the CDI proxy only. */
  protected ComplaintLetterSettings() {
    this.team = null;
    this.responsiblePerson = null;
    this.consentPurposes = null;
    this.providerRequests = null;
    this.periods = null;
    this.delayReason = null;
    this.mayUseAnonymously = false;
    this.responsiblePersonUser = null;
    this.signatories = null;
    this.ombudsman = null;
  }

  static final String CONSENT_PURPOSES =
      "look at the records held about the care and treatment described in the complaint"
          + "|share the details of the complaint, and the information needed to answer it, with"
          + " the organisations listed below"
          + "|receive their replies, including any records they send us"
          + "|ask an independent clinician to review the care, if we need specialist advice";

  static final String PROVIDER_REQUESTS =
      "a written account of events from the staff involved, with the dates of each contact"
          + "|copies of the records relevant to the complaint"
          + "|your view of whether the care met the expected standard, and any action you have"
          + " taken or plan to take";

  static final String DELAY_REASON =
      "Looking into your complaint has taken longer than we expected, because we are still"
          + " waiting for some of the information we need from the organisations involved.";

  /**
   * The complaints team's contact and advocacy blocks, and who signs the letters of the procedure
   * itself.
   */
  public TeamLetters team() {
    return team;
  }

  /** Who signs the final response: the responsible person under the regulations (reg 4). */
  /**
   * Who signs a final response signed off by {@code user}: the responsible person when it is them
   * (regulation 4), else the manager as the ICB's settings name them, or by their user name when
   * the settings do not, so that the letter never names someone who did not sign it off.
   */
  public Signatory signatoryFor(String user) {
    if (user.equals(responsiblePersonUser)) {
      return responsiblePerson;
    }
    return signatories.getOrDefault(user, new Signatory(user, "Complaints manager"));
  }

  public boolean isTheResponsiblePerson(String user) {
    return user.equals(responsiblePersonUser);
  }

  public Signatory responsiblePerson() {
    return responsiblePerson;
  }

  public List<String> consentPurposes() {
    return consentPurposes;
  }

  /** What the organisation complained about is asked for when it is told of the complaint. */
  public List<String> providerRequests() {
    return providerRequests;
  }

  public LetterPeriods periods() {
    return periods;
  }

  /** The holding letter's explanation when the file records no reason of its own for the delay. */
  public String delayReason() {
    return delayReason;
  }

  /** Whether a withdrawn anonymous complaint's general concerns may still inform quality checks. */
  public boolean mayUseAnonymously() {
    return mayUseAnonymously;
  }

  /** How complainants reach the Ombudsman, printed in every letter that tells them of it. */
  public OmbudsmanContact ombudsman() {
    return ombudsman;
  }
}
