package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a case's known identities in free text by neutral placeholders ({@link Placeholder}):
 * names and their variants, NHS numbers however spaced, dates of birth in the usual formats, each
 * address line and the postcode, phone numbers (also as +44), emails. Matching ignores case and
 * spacing; a word that only contains a name ("Smithfield") is left alone.
 */
public final class KnownIdentityRedaction implements Redaction {

  private record Rule(Pattern pattern, Placeholder placeholder) {}

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
    List<String> names = new ArrayList<>();
    known.names().forEach(name -> names.addAll(NameVariants.of(name)));
    names.sort(Comparator.comparingInt(String::length).reversed());
    names.forEach(name -> add(found, name, Placeholder.NAME));
    this.rules = List.copyOf(found);
  }

  @Override
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (Rule rule : rules) {
      redacted =
          rule.pattern()
              .matcher(redacted)
              .replaceAll(Matcher.quoteReplacement(rule.placeholder().text()));
    }
    return redacted;
  }

  private static void add(List<Rule> rules, String regex, Placeholder placeholder) {
    rules.add(
        new Rule(
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), placeholder));
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
    if (only.startsWith("44")) {
      only = "0" + only.substring(2);
    }
    if (!only.startsWith("0")) {
      return digits(only);
    }
    String rest = digits(only.substring(1)).substring("(?<!\\d)".length());
    return "(?:(?<![\\d+])0|\\+\\s*44\\s*(?:\\(\\s*0\\s*\\)\\s*)?)[\\s\\-.()]*" + rest;
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
