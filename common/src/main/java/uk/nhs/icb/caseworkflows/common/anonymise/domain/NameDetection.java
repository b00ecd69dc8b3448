package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names the case does not know. A run of capitalised words (with initials) is a name when
 * it starts with a title ("Dr Haddad", "Sister Howarth", "Prof. Oduya") or with a given name on the
 * lists ("Janet Price", "Graham"); a given name that is also a word ("Grace", "Will") counts only
 * with a surname after it. A run that ends in, or is followed by, a place word is a place
 * ("Florence Nightingale Unit", "Royal Victoria Infirmary"); one after "St" is a saint's place.
 * Surnames written alone, with no title or given name, are not found: the corpus measures that.
 */
final class NameDetection implements IdentityDetection {

  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "prof",
          "professor",
          "doctor",
          "nurse",
          "sister",
          "matron",
          "rev",
          "revd",
          "father",
          "councillor",
          "sir",
          "dame");

  /**
   * Capitalised words ("McAllister", "O'Neil", "Lloyd-Hughes") and initials ("E."), one space
   * apart.
   */
  private static final Pattern RUN =
      Pattern.compile(
          "(?<![\\p{L}\\d'’\\-])(?:\\p{Lu}[\\p{Ll}'’\\-]*\\p{L}*\\.?)(?:[ \\t]+(?:\\p{Lu}[\\p{Ll}'’\\-]*\\p{L}*\\.?))*");

  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?");

  /** A given name this short ("My", "Ai") is too often a word to take without a surname. */
  private static final int SHORT_NAME = 2;

  private final GivenNames givenNames;

  NameDetection(GivenNames givenNames) {
    this.givenNames = givenNames;
  }

  @Override
  public List<IdentitySpan> find(String text) {
    List<IdentitySpan> spans = new ArrayList<>();
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      int from = run.start();
      while (from < run.end()) {
        List<int[]> words = words(text, from, run.end());
        if (words.isEmpty()) {
          break;
        }
        from = words.get(words.size() - 1)[1];
        names(text, words, spans);
      }
    }
    return spans;
  }

  private void names(String text, List<int[]> words, List<IdentitySpan> spans) {
    for (int i = 0; i < words.size(); i++) {
      int taken = nameAt(text, words, i);
      if (taken > 0) {
        int start = words.get(i)[0];
        int end = trimmed(text, start, words.get(i + taken - 1)[1]);
        spans.add(new IdentitySpan(start, end, Placeholder.NAME));
        i += taken - 1;
      }
    }
  }

  /** How many words from {@code i} make a name, 0 if none do. */
  private int nameAt(String text, List<int[]> words, int i) {
    String first = bare(text, words.get(i));
    boolean titled = TITLES.contains(first.toLowerCase(Locale.UK));
    if (!titled && (first.length() < 2 || !givenNames.isGivenName(first))) {
      return 0;
    }
    int end = titled ? i + 2 : i + 1;
    if (end > words.size() || !titled && PlaceWords.isStrong(first)) {
      return 0;
    }
    while (end < words.size() && end - i < 4 && !strong(text, words.get(end))) {
      end++;
    }
    if (end < words.size() && strong(text, words.get(end))) {
      return 0;
    }
    int start = words.get(i)[0];
    int taken = end - i;
    for (int w = i; w < end; w++) {
      if (isAcronym(bare(text, words.get(w)))) {
        return 0; // "Milton Keynes ICB", "Cleveland PCC": an organisation's name
      }
    }
    if (!titled && givenNames.isAlsoAWord(first)) {
      // "Grace Adams" is a name; "An Individual Funding Request" and "Easter Monday" are not.
      if (taken != 2 || givenNames.isAlsoAWord(bare(text, words.get(i + 1)))) {
        return 0;
      }
    }
    if (!titled) {
      if (PlaceWords.around(text, start, words.get(end - 1)[1])) {
        return 0;
      }
      String last = bare(text, words.get(end - 1));
      if (taken > 1 && PlaceWords.isPlaceWord(last) && PlaceWords.afterPreposition(text, start)) {
        return 0;
      }
      if (taken == 1 && (givenNames.isAlsoAWord(first) || first.length() <= SHORT_NAME)) {
        return 0;
      }
    }
    return taken;
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2
        && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean strong(String text, int[] word) {
    return PlaceWords.isStrong(bare(text, word));
  }

  /**
   * The words of a run up to the end of its sentence: a full stop after a word other than an
   * initial or a title ("May. She") ends the name there.
   */
  private static List<int[]> words(String text, int start, int end) {
    List<int[]> words = new ArrayList<>();
    Matcher word = WORD.matcher(text).region(start, end);
    while (word.find()) {
      words.add(new int[] {word.start(), word.end()});
      String written = word.group();
      if (written.endsWith(".")
          && written.length() > 2
          && !TITLES.contains(written.substring(0, written.length() - 1).toLowerCase(Locale.UK))) {
        break;
      }
    }
    return words;
  }

  /** A word without its possessive or its full stop: "Graham's" is Graham. */
  private static String bare(String text, int[] word) {
    return text.substring(word[0], word[1]).replaceAll("(['’]s)?\\.?$", "");
  }

  private static int trimmed(String text, int start, int end) {
    String name = text.substring(start, end);
    String bare = name.replaceAll("['’]s$", "");
    if (bare.endsWith(".") && bare.length() > 2 && !bare.matches(".*\\b\\p{Lu}\\.$")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return start + bare.length();
  }
}
