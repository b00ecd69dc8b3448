package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways free text refers to a person whose full name is known: the whole name, first and last
 * name, a title or initials before the surname ("Mrs Smith", "J. Smith", "J A Smith"), and each
 * name on its own ("Jane", "Smith", each half of "Smith-Jones"). Longest first, so "Jane Smith" is
 * one placeholder and not two.
 */
final class NameVariants {

  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master", "sir", "dame", "lady", "lord");

  /** A single letter is an initial, not a name to hunt for on its own. */
  private static final int SHORTEST_NAME = 2;

  private NameVariants() {}

  /** Regular expressions for the name's variants, longest first, each bounded by word edges. */
  static List<String> of(String fullName) {
    List<String> words =
        Arrays.stream(fullName.strip().split("\\s+"))
            .map(word -> word.replaceAll("[.,]", ""))
            .filter(word -> !word.isEmpty())
            .filter(word -> !TITLES.contains(word.toLowerCase(Locale.UK)))
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    Set<String> variants = new LinkedHashSet<>();
    String surname = words.get(words.size() - 1);
    String titles = String.join("|", TITLES);
    String optionalTitle = "(?:(?:" + titles + ")\\.?\\s+)?";
    variants.add(optionalTitle + spaced(words));
    if (words.size() > 2) {
      variants.add(optionalTitle + spaced(List.of(words.get(0), surname)));
    }
    if (words.size() > 1) {
      variants.add(optionalTitle + initials(words.subList(0, words.size() - 1)) + literal(surname));
      variants.add(
          optionalTitle
              + Pattern.quote(words.get(0).substring(0, 1))
              + "\\.?\\s+"
              + literal(surname));
    }
    variants.add("(?:" + titles + ")\\.?\\s+" + literal(surname));
    List<String> singles = new ArrayList<>(words);
    for (String word : words) {
      if (word.contains("-")) {
        singles.addAll(Arrays.asList(word.split("-")));
      }
    }
    singles.stream()
        .filter(word -> word.length() >= SHORTEST_NAME)
        .map(NameVariants::literal)
        .forEach(variants::add);
    return variants.stream()
        .map(variant -> "(?<![\\p{L}\\d])" + variant + "(?![\\p{L}\\d])")
        .toList();
  }

  private static String spaced(List<String> words) {
    return String.join("\\s+", words.stream().map(NameVariants::literal).toList());
  }

  /** "J A ", "J.A. ", "JA " before a surname. */
  private static String initials(List<String> givenNames) {
    StringBuilder pattern = new StringBuilder();
    for (String name : givenNames) {
      pattern.append(Pattern.quote(name.substring(0, 1))).append("\\.?\\s*");
    }
    return pattern.toString();
  }

  /** A name as written, with any run of spaces or a hyphen's spacing allowed. */
  private static String literal(String word) {
    return Arrays.stream(word.split("-"))
        .map(Pattern::quote)
        .reduce((left, right) -> left + "\\s*-\\s*" + right)
        .orElse("");
  }
}
