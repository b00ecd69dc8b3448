package uk.nhs.icb.caseworkflows.common.letters.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;

/**
 * The ICB's letterhead from configuration (app.letters.*), and the template catalogue read from the
 * class path once. Both are {@code @Singleton}: plain values, no proxy needed.
 */
@ApplicationScoped
public class LetterSettings {

  @Inject
  @ConfigProperty(name = "app.letters.icb-name", defaultValue = "NHS Example Integrated Care Board")
  String icbName;

  @Inject
  @ConfigProperty(
      name = "app.letters.address",
      defaultValue = "Example House|1 Example Street|Luton")
  String address;

  @Inject
  @ConfigProperty(name = "app.letters.postcode", defaultValue = "LU1 2LJ")
  String postcode;

  @Inject
  @ConfigProperty(name = "app.letters.telephone", defaultValue = "Telephone: 0300 000 0000")
  String telephone;

  @Inject
  @ConfigProperty(name = "app.letters.email", defaultValue = "Email: example.icb@nhs.net")
  String email;

  @Inject
  @ConfigProperty(name = "app.letters.website", defaultValue = "www.example-icb.nhs.uk")
  String website;

  @Produces
  @Singleton
  Letterhead letterhead() {
    List<String> lines = Arrays.stream(address.split("\\|")).map(String::trim).toList();
    return new Letterhead(icbName, lines, postcode, telephone, email, website);
  }

  @Produces
  @Singleton
  LetterTemplateCatalogue catalogue() {
    return LetterTemplateCatalogue.fromClassPath();
  }
}
