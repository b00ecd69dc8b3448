package uk.nhs.icb.caseworkflows.ifr.letters;

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
 * What IFR letters say that no request holds: the IFR team's contact and role, who signs (the
 * manager, or the panel's chair for decisions), how an approved treatment is arranged, the
 * condition every approval carries, and where screened-out requests go. Set by the ICB under {@code
 * app.ifr.letters.*}; lists are separated by {@code |}.
 */
@ApplicationScoped
public class IfrLetterSettings {

  static final String PREFIX = "app.ifr.letters.";

  private static final TeamLetters IFR_TEAM =
      new TeamLetters(
          new TeamContact("IFR Team", "0300 000 0002", "example.ifr@nhs.net"),
          new AdvocacyService(
              "Example Independent Advocacy", "0300 000 0001", "www.example-advocacy.org.uk"),
          new Signatory("IFR Team", "Individual Funding Request Manager"));

  private final TeamLetters team;
  private final String contactRole;
  private final Signatory chair;
  private final String howToArrange;
  private final List<String> standardConditions;
  private final Map<String, String> routes = new LinkedHashMap<>();

  @Inject
  public IfrLetterSettings(Config config) {
    this(LetterSettingsReader.of(config, PREFIX));
  }

  public IfrLetterSettings(LetterSettingsReader settings) {
    this.team = settings.team(IFR_TEAM);
    this.contactRole = settings.text("contact.role", "Individual Funding Request Manager");
    this.chair =
        settings.signatory(
            "chair", new Signatory("IFR Panel Chair", "Chair, Individual Funding Request Panel"));
    this.howToArrange =
        settings.text(
            "how-to-arrange",
            "Please refer your patient to the provider named in your request, enclosing a copy of"
                + " this letter. The provider will invoice us directly, quoting our reference.");
    this.standardConditions =
        settings.list(
            "standard-conditions",
            "The treatment is given as described in your request"
                + "|You tell us before going ahead if your patient's circumstances change");
    routes.put(
        "POLICY_COVERS",
        settings.text(
            "route.policy",
            "Please check the request against the criteria in our policy for this treatment and,"
                + " where your patient meets them, refer them as the policy describes."));
    routes.put(
        "SERVICE_DEVELOPMENT",
        settings.text(
            "route.service-development",
            "We have passed the request to our commissioning policy team, who will consider"
                + " whether to develop a policy for this treatment for all patients who could"
                + " benefit."));
    routes.put(
        "NHS_ENGLAND",
        settings.text(
            "route.nhs-england",
            "NHS England commissions this treatment. Please send the request to NHS England's"
                + " Individual Funding Request team, who decide requests for the services it"
                + " commissions."));
  }

  /** For the CDI proxy only. */
  protected IfrLetterSettings() {
    this.team = null;
    this.contactRole = null;
    this.chair = null;
    this.howToArrange = null;
    this.standardConditions = null;
  }

  public TeamLetters team() {
    return team;
  }

  /** The {@code contact} block of IFR letters, which also names the contact's role. */
  public Map<String, Object> contact() {
    Map<String, Object> contact = new LinkedHashMap<>(team.contact().fields());
    contact.put("role", contactRole);
    return contact;
  }

  public Signatory chair() {
    return chair;
  }

  public String howToArrange() {
    return howToArrange;
  }

  public List<String> standardConditions() {
    return standardConditions;
  }

  /** What the clinician should do with a request screened out for {@code outcome}. */
  public String routeFor(String outcome) {
    return routes.getOrDefault(outcome, "");
  }
}
