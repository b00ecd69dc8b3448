package uk.nhs.icb.caseworkflows.complaints.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;

/**
 * What complaint letters say that no complaint file holds: who to contact, the local advocacy
 * service, who signs, what the standard requests and consent purposes are, and how many working
 * days people are given to reply. Set by the ICB under {@code app.complaints.letters.*}; lists are
 * separated by {@code |} because the wording itself has commas.
 */
@ApplicationScoped
public class ComplaintLetterSettings {

  private static final String PREFIX = "app.complaints.letters.";

  private final Map<String, String> contact;
  private final Map<String, String> advocacy;
  private final Signatory signatory;
  private final Signatory responsiblePerson;
  private final List<String> consentPurposes;
  private final List<String> providerRequests;
  private final LetterPeriods periods;
  private final String delayReason;
  private final boolean mayUseAnonymously;

  @Inject
  public ComplaintLetterSettings(
      @ConfigProperty(name = PREFIX + "contact.name", defaultValue = "Complaints Team")
          String contactName,
      @ConfigProperty(name = PREFIX + "contact.telephone", defaultValue = "0300 000 0000")
          String contactTelephone,
      @ConfigProperty(name = PREFIX + "contact.email", defaultValue = "example.complaints@nhs.net")
          String contactEmail,
      @ConfigProperty(
              name = PREFIX + "advocacy.name",
              defaultValue = "Example Independent Complaints Advocacy")
          String advocacyName,
      @ConfigProperty(name = PREFIX + "advocacy.telephone", defaultValue = "0300 000 0001")
          String advocacyTelephone,
      @ConfigProperty(
              name = PREFIX + "advocacy.website",
              defaultValue = "www.example-advocacy.org.uk")
          String advocacyWebsite,
      @ConfigProperty(name = PREFIX + "signatory.name", defaultValue = "Complaints Team")
          String signatoryName,
      @ConfigProperty(name = PREFIX + "signatory.role", defaultValue = "Complaints Manager")
          String signatoryRole,
      @ConfigProperty(name = PREFIX + "responsible-person.name", defaultValue = "Chief Executive")
          String responsibleName,
      @ConfigProperty(
              name = PREFIX + "responsible-person.role",
              defaultValue = "Responsible person for complaints")
          String responsibleRole,
      @ConfigProperty(name = PREFIX + "consent.purposes", defaultValue = CONSENT_PURPOSES)
          String consentPurposes,
      @ConfigProperty(name = PREFIX + "disclosure.requests", defaultValue = PROVIDER_REQUESTS)
          String providerRequests,
      @ConfigProperty(name = PREFIX + "consent.return-working-days", defaultValue = "10")
          int consentReturnDays,
      @ConfigProperty(name = PREFIX + "identity.reply-working-days", defaultValue = "10")
          int identityReplyDays,
      @ConfigProperty(name = PREFIX + "disclosure.response-working-days", defaultValue = "10")
          int providerResponseDays,
      @ConfigProperty(name = PREFIX + "holding.new-response-working-days", defaultValue = "20")
          int holdingNewResponseDays,
      @ConfigProperty(name = PREFIX + "holding.delay-reason", defaultValue = DELAY_REASON)
          String delayReason,
      @ConfigProperty(name = PREFIX + "identity.may-use-anonymously", defaultValue = "true")
          boolean mayUseAnonymously) {
    this.contact =
        Map.of("name", contactName, "telephone", contactTelephone, "email", contactEmail);
    this.advocacy =
        Map.of("name", advocacyName, "telephone", advocacyTelephone, "website", advocacyWebsite);
    this.signatory = new Signatory(signatoryName, signatoryRole);
    this.responsiblePerson = new Signatory(responsibleName, responsibleRole);
    this.consentPurposes = listOf(consentPurposes);
    this.providerRequests = listOf(providerRequests);
    this.periods =
        new LetterPeriods(
            consentReturnDays, identityReplyDays, providerResponseDays, holdingNewResponseDays);
    this.delayReason = delayReason;
    this.mayUseAnonymously = mayUseAnonymously;
  }

  /** For the CDI proxy only. */
  protected ComplaintLetterSettings() {
    this.contact = null;
    this.advocacy = null;
    this.signatory = null;
    this.responsiblePerson = null;
    this.consentPurposes = null;
    this.providerRequests = null;
    this.periods = null;
    this.delayReason = null;
    this.mayUseAnonymously = false;
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

  /** The complaints team's name, telephone and email, as the {@code contact} block. */
  public Map<String, String> contact() {
    return contact;
  }

  /** The local NHS complaints advocacy service, as the {@code advocacy} block. */
  public Map<String, String> advocacy() {
    return advocacy;
  }

  /** Who signs the letters of the procedure itself. */
  public Signatory signatory() {
    return signatory;
  }

  /** Who signs the final response: the responsible person under the regulations (reg 4). */
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

  private static List<String> listOf(String separated) {
    return Arrays.stream(separated.split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
