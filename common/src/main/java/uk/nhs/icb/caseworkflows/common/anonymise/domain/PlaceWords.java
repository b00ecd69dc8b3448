package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name is part of a place or a service rather than a person: "Florence Ward", "Royal
 * Victoria Infirmary", "St Luke's", "Nightingale Ward", "Ward 7". Both the known-identity and the
 * generic name detection ask here before taking a name out, so a story can still say where things
 * happened.
 */
final class PlaceWords {

  /** Words that end the name of a place, never a person's. */
  private static final Set<String> STRONG =
      Set.of(
          "unit",
          "wing",
          "hospital",
          "infirmary",
          "centre",
          "center",
          "surgery",
          "practice",
          "clinic",
          "hospice",
          "road",
          "street",
          "avenue",
          "drive",
          "crescent",
          "gardens",
          "terrace",
          "suite",
          "team",
          "service",
          "services",
          "department",
          "trust",
          "foundation",
          "school",
          "college",
          "university",
          "pharmacy",
          "building",
          "block",
          "theatre",
          "theatres",
          "medical",
          "health",
          "care",
          "memorial",
          "community",
          "general",
          "district",
          "royal",
          "institute",
          "syndrome",
          "disease",
          "scale",
          "test",
          "score",
          "authority",
          "board",
          "council",
          "ombudsman",
          "nhs");

  /** Words that end a place's name but are also surnames (Mr Ward, Mrs Hall). */
  private static final Set<String> AMBIGUOUS =
      Set.of(
          "ward", "wards", "house", "hall", "court", "lane", "green", "close", "grove", "way",
          "place", "rise", "square", "lodge", "park", "home");

  private static final Pattern AFTER_PREPOSITION =
      Pattern.compile("(?i)\\b(?:on|to|onto|from|at|in|into|the|off|of|via)\\s+$");

  private static final Pattern NEXT_WORD = Pattern.compile("^(?:['’]s)?\\s+(\\p{L}+)");
  private static final Pattern BEFORE =
      Pattern.compile("(?:\\b(?:St|Saint|Royal|Queen|King)\\.?|\\p{Lu}\\p{L}+)\\s+$");
  private static final Pattern AFTER_SAINT = Pattern.compile("\\b(?:St|Saint)\\.?\\s+$");
  private static final Pattern FOLLOWED_BY_NUMBER = Pattern.compile("^\\s+\\d");

  private PlaceWords() {}

  static boolean isPlaceWord(String word) {
    String lower = word.toLowerCase(Locale.UK);
    return STRONG.contains(lower) || AMBIGUOUS.contains(lower);
  }

  /** A word that only ever ends a place's name ("Hospital", "Unit", "Team"). */
  static boolean isStrong(String word) {
    return STRONG.contains(word.toLowerCase(Locale.UK));
  }

  /**
   * Whether the words at {@code start} follow "on", "to", "the"...: "admitted to Florence Ward".
   */
  static boolean afterPreposition(String text, int start) {
    return AFTER_PREPOSITION.matcher(text.substring(Math.max(0, start - 12), start)).find();
  }

  /**
   * Whether the name at [start, end) is part of a place: the next word is a place word ("Florence
   * Ward"), it follows "St" or "Royal" ("St Luke's"), or it is itself a place word after a capital
   * word or before a number ("Nightingale Ward", "Ward 7").
   */
  static boolean around(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 40));
    Matcher next = NEXT_WORD.matcher(after);
    if (next.find()
        && isPlaceWord(next.group(1))
        && Character.isUpperCase(next.group(1).charAt(0))) {
      return true;
    }
    String before = text.substring(Math.max(0, start - 30), start);
    if (AFTER_SAINT.matcher(before).find()) {
      return true;
    }
    String name = text.substring(start, end);
    if (isPlaceWord(name)) {
      return BEFORE.matcher(before).find() || FOLLOWED_BY_NUMBER.matcher(after).find();
    }
    return false;
  }
}
