package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways free text refers to a person whose full name is known: the whole name, first and last
 * name, a title or initials before the surname ("Mrs Smith", "J. Smith", "J A Smith"), the short
 * forms of the first name ("Bill" for William, from {@link Nicknames}), and each name on its own
 * ("Jane", "Smith", each half of "Smith-Jones"). Longest first, so "Jane Smith" is one placeholder
 * and not two. A name on its own is marked {@code single}: it is only taken where it is written
 * with a capital, so the surname Hope leaves "no hope" alone.
 */
final class NameVariants {

  /** One way of writing the name, as a regular expression bounded by word edges. */
  record Variant(String regex, boolean single) {}

  static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master", "sir", "dame", "lady", "lord");

  /** A single letter is an initial, not a name to hunt for on its own. */
  private static final int SHORTEST_NAME = 2;

  private NameVariants() {}

  /** Regular expressions for the name's variants, longest first, each bounded by word edges. */
  static List<Variant> of(String fullName) {
    List<String> words =
        Arrays.stream(fullName.strip().split("\\s+"))
            .map(word -> word.replaceAll("[.,]", ""))
            .filter(word -> !word.isEmpty())
            .filter(word -> !TITLES.contains(word.toLowerCase(Locale.UK)))
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    Map<String, Boolean> variants = new LinkedHashMap<>();
    String surname = words.get(words.size() - 1);
    String titles = String.join("|", TITLES);
    String optionalTitle = "(?:(?:" + titles + ")\\.?\\s+)?";
    variants.put(optionalTitle + spaced(words), false);
    if (words.size() > 2) {
      variants.put(optionalTitle + spaced(List.of(words.get(0), surname)), false);
    }
    List<String> shortForms = words.size() > 1 ? Nicknames.of(words.get(0)) : List.of();
    if (words.size() > 1) {
      shortForms.forEach(
          nickname -> variants.put(optionalTitle + spaced(List.of(nickname, surname)), false));
      variants.put(
          optionalTitle + initials(words.subList(0, words.size() - 1)) + literal(surname), false);
      variants.put(
          optionalTitle
              + Pattern.quote(words.get(0).substring(0, 1))
              + "\\.?\\s+"
              + literal(surname),
          false);
    }
    variants.put("(?:" + titles + ")\\.?\\s+" + literal(surname), false);
    List<String> singles = new ArrayList<>(words);
    for (String word : words) {
      if (word.contains("-")) {
        singles.addAll(Arrays.asList(word.split("-")));
      }
    }
    singles.addAll(shortForms);
    singles.stream()
        .filter(word -> word.length() >= SHORTEST_NAME)
        .map(NameVariants::literal)
        .forEach(single -> variants.putIfAbsent(single, true));
    return variants.entrySet().stream()
        .map(
            variant ->
                new Variant(
                    "(?<![\\p{L}\\d])" + variant.getKey() + "(?![\\p{L}\\d])", variant.getValue()))
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
