package uk.nhs.icb.caseworkflows.common.letters.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import uk.nhs.icb.caseworkflows.common.letters.domain.AdvocacyService;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamContact;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamLetters;

/**
 * Reads what one workflow's letters say that no case file holds, set by the ICB under the
 * workflow's own prefix ({@code app.complaints.letters.}, {@code app.chc.letters.}), each value
 * falling back to the workflow's own default. The team's blocks have the same names in every
 * workflow: {@code contact.name|telephone|email}, {@code advocacy.name|telephone|website}, {@code
 * signatory.name|role}. Lists are separated by {@code |} because the wording itself has commas. A
 * blank value counts as not set, as MicroProfile Config has it.
 */
public final class LetterSettingsReader {

  // MicroProfile Config's own words for true, so a flag reads as it would if injected.
  private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on");

  private final String prefix;
  private final Function<String, Optional<String>> values;

  private LetterSettingsReader(String prefix, Function<String, Optional<String>> values) {
    this.prefix = prefix;
    this.values = values;
  }

  /** The settings the application is configured with (properties, environment, system). */
  public static LetterSettingsReader of(Config config, String prefix) {
    return new LetterSettingsReader(prefix, name -> config.getOptionalValue(name, String.class));
  }

  /** Settings given by their full property names, for tests and tools. */
  public static LetterSettingsReader of(Map<String, String> properties, String prefix) {
    return new LetterSettingsReader(prefix, name -> Optional.ofNullable(properties.get(name)));
  }

  /** The team's contact, advocacy and signatory blocks, each value defaulting to the given one. */
  public TeamLetters team(TeamLetters defaults) {
    TeamContact contact = defaults.contact();
    AdvocacyService advocacy = defaults.advocacy();
    return new TeamLetters(
        new TeamContact(
            text("contact.name", contact.name()),
            text("contact.telephone", contact.telephone()),
            text("contact.email", contact.email())),
        new AdvocacyService(
            text("advocacy.name", advocacy.name()),
            text("advocacy.telephone", advocacy.telephone()),
            text("advocacy.website", advocacy.website())),
        signatory("signatory", defaults.signatory()));
  }

  /** A signatory set as {@code key.name} and {@code key.role}. */
  public Signatory signatory(String key, Signatory otherwise) {
    return new Signatory(
        text(key + ".name", otherwise.name()), text(key + ".role", otherwise.role()));
  }

  public String text(String key, String otherwise) {
    return value(key).orElse(otherwise);
  }

  /** The {@code |}-separated items, each stripped; empty items are dropped. */
  public List<String> list(String key, String otherwise) {
    return Arrays.stream(text(key, otherwise).split("\\|"))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }

  /** How many working days a letter gives its reader to reply: at least one. */
  public int workingDays(String key, int otherwise) {
    int days;
    try {
      days = value(key).map(Integer::parseInt).orElse(otherwise);
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(prefix + key + " must be a whole number of days");
    }
    if (days < 1) {
      throw new IllegalArgumentException(prefix + key + " must be at least one working day");
    }
    return days;
  }

  public boolean flag(String key, boolean otherwise) {
    return value(key).map(value -> TRUE.contains(value.toLowerCase(Locale.ROOT))).orElse(otherwise);
  }

  private Optional<String> value(String key) {
    return values.apply(prefix + key).map(String::strip).filter(value -> !value.isEmpty());
  }
}
