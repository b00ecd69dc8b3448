package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The given names that tell a stranger's name in a story. The bulk is the English first-name list
 * that Datafaker (net.datafaker on Maven Central, Apache 2.0) serves in its {@code en/name.yml},
 * male and female, about 5,500 names; this module adds the UK names that list lacks ({@code
 * anonymise/given-names.txt}) and marks the names that are also everyday words, months or places
 * ({@code anonymise/name-words.txt}), which count only before a surname or after a title.
 */
public final class GivenNames {

  private static final String DATAFAKER_NAMES = "/en/name.yml";
  private static final Pattern YAML_ITEM = Pattern.compile("^\\s*-\\s*\"([^\"#{}]+)\"\\s*$");

  private final Set<String> names;
  private final Set<String> words;

  private GivenNames(Set<String> names, Set<String> words) {
    this.names = Set.copyOf(names);
    this.words = Set.copyOf(words);
  }

  /** The lists shipped with the module and its Datafaker dependency. */
  public static GivenNames shipped() {
    Set<String> names = new HashSet<>();
    datafakerFirstNames().forEach(name -> names.add(key(name)));
    lines("/anonymise/given-names.txt").forEach(name -> names.add(key(name)));
    Set<String> words = new HashSet<>();
    lines("/anonymise/name-words.txt").forEach(word -> words.add(key(word)));
    return new GivenNames(names, words);
  }

  /** Whether the word is a given name on the lists (any case). */
  public boolean isGivenName(String word) {
    return names.contains(key(word));
  }

  /** Whether the given name is also an everyday word, and so needs a surname or a title. */
  public boolean isAlsoAWord(String word) {
    return words.contains(key(word));
  }

  public int size() {
    return names.size();
  }

  private static String key(String word) {
    return word.strip().toLowerCase(Locale.UK);
  }

  /** The male and female first names of Datafaker's English name file, read as lines. */
  private static Stream<String> datafakerFirstNames() {
    Set<String> found = new HashSet<>();
    boolean inFirstNames = false;
    for (String line : read(DATAFAKER_NAMES).toList()) {
      if (line.matches("^\\s*\\w+:\\s*$")) {
        inFirstNames = line.contains("male_first_name:");
        continue;
      }
      Matcher item = YAML_ITEM.matcher(line);
      if (inFirstNames && item.matches()) {
        found.add(item.group(1));
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("Datafaker's " + DATAFAKER_NAMES + " gave no first names");
    }
    return found.stream();
  }

  private static Stream<String> lines(String resource) {
    return read(resource)
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"));
  }

  private static Stream<String> read(String resource) {
    InputStream in = GivenNames.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the class path");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
