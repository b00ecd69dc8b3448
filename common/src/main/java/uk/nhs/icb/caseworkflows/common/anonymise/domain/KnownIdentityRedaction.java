package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a case's known identities in free text and replaces them by neutral placeholders ({@link
 * Placeholder}): names and their variants, NHS numbers however spaced, dates of birth in the usual
 * formats, each address line and the postcode, phone numbers (also as +44), emails. Matching
 * ignores case and spacing, except that a name on its own must start with a capital (the surname
 * Wood leaves "a wood panel" alone) and is left where it names a place ("Florence Ward"); a word
 * that only contains a name ("Smithfield") is left alone.
 */
public final class KnownIdentityRedaction implements Redaction, IdentityDetection {

  private record Rule(Pattern pattern, Placeholder placeholder, boolean singleName) {}

  /** An address line shorter than this ("1", "Flat") would take too much else with it. */
  private static final int SHORTEST_ADDRESS_LINE = 4;

  private final List<Rule> rules;

  public KnownIdentityRedaction(KnownIdentities known) {
    List<Rule> found = new ArrayList<>();
    known.emails().forEach(email -> add(found, Pattern.quote(email), Placeholder.EMAIL));
    known.nhsNumbers().forEach(number -> add(found, digits(number), Placeholder.NHS_NUMBER));
    known.phones().forEach(phone -> add(found, phone(phone), Placeholder.PHONE));
    known
        .datesOfBirth()
        .forEach(date -> DateVariants.of(date).forEach(v -> add(found, v, Placeholder.DATE)));
    known.postcodes().forEach(postcode -> add(found, postcode(postcode), Placeholder.ADDRESS));
    known.addressLines().stream()
        .filter(line -> line.length() >= SHORTEST_ADDRESS_LINE)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(line -> add(found, words(line), Placeholder.ADDRESS));
    List<NameVariants.Variant> names = new ArrayList<>();
    known.names().forEach(name -> names.addAll(NameVariants.of(name)));
    names.sort(Comparator.comparingInt((NameVariants.Variant v) -> v.regex().length()).reversed());
    names.forEach(
        name ->
            found.add(
                new Rule(
                    Pattern.compile(name.regex(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Placeholder.NAME,
                    name.single())));
    this.rules = List.copyOf(found);
  }

  @Override
  public String redact(String text) {
    return text == null ? null : RedactedText.of(text, find(text)).redacted();
  }

  @Override
  public List<IdentitySpan> find(String text) {
    List<IdentitySpan> spans = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher matcher = rule.pattern().matcher(text);
      while (matcher.find()) {
        if (matcher.end() > matcher.start() && !(rule.singleName() && notAName(text, matcher))) {
          spans.add(new IdentitySpan(matcher.start(), matcher.end(), rule.placeholder()));
        }
      }
    }
    return spans;
  }

  private static boolean notAName(String text, Matcher match) {
    return !Character.isUpperCase(text.charAt(match.start()))
        || PlaceWords.around(text, match.start(), match.end());
  }

  private static void add(List<Rule> rules, String regex, Placeholder placeholder) {
    rules.add(
        new Rule(
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            placeholder,
            false));
  }

  /** The digits in that order, with any spaces, dashes or dots between them. */
  private static String digits(String digits) {
    StringBuilder pattern = new StringBuilder("(?<!\\d)");
    String only = digits.replaceAll("\\D", "");
    for (int i = 0; i < only.length(); i++) {
      if (i > 0) {
        pattern.append("[\\s\\-.]*");
      }
      pattern.append(only.charAt(i));
    }
    return pattern.append("(?!\\d)").toString();
  }

  /** A UK number as dialled at home (01632 960123) or from abroad (+44 (0)1632 960123). */
  private static String phone(String phone) {
    String only = phone.replaceAll("\\D", "");
    if (only.startsWith("440")) {
      only = only.substring(2);
    } else if (only.startsWith("44")) {
      only = "0" + only.substring(2);
    }
    if (!only.startsWith("0")) {
      return digits(only);
    }
    StringBuilder rest = new StringBuilder();
    for (char digit : only.substring(1).toCharArray()) {
      rest.append("[\\s\\-.()]*").append(digit);
    }
    return "(?:(?<![\\d+])(?:\\(\\s*)?0|\\+\\s*44\\s*(?:\\(\\s*0\\s*\\)\\s*)?)" + rest + "(?!\\d)";
  }

  private static String postcode(String postcode) {
    String compact = postcode.replaceAll("\\s", "");
    if (compact.length() < 5) {
      return words(postcode);
    }
    String outward = compact.substring(0, compact.length() - 3);
    String inward = compact.substring(compact.length() - 3);
    return "(?<![\\p{L}\\d])"
        + Pattern.quote(outward)
        + "\\s*"
        + Pattern.quote(inward)
        + "(?![\\p{L}\\d])";
  }

  /** The words of a line in order, however spaced and with or without its commas. */
  private static String words(String line) {
    String[] words = line.strip().split("[\\s,]+");
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add(Pattern.quote(word));
    }
    return "(?<![\\p{L}\\d])" + String.join("[\\s,]+", quoted) + "(?![\\p{L}\\d])";
  }
}
