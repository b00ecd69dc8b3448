package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * Emails, NHS numbers (ten digits in any common spacing that pass the modulus 11 check, so an
 * invoice number stays), UK phone numbers (a national number of ten digits after the 0 or +44;
 * "111" and "999" are services, not people), UK postcodes and street addresses ("Flat 4, 19 Harrow
 * Court", "42 Kings Road").
 */
final class ContactDetection implements IdentityDetection {

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\d._%+\\-])[\\p{L}\\d._%+\\-]+@[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)+");
  private static final Pattern TEN_DIGITS =
      Pattern.compile("(?<![\\d+])\\d(?:[ \\-.]?\\d){9}(?!\\d)");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d+\\p{L}])(?:\\+\\s?44\\s?(?:\\(0\\)\\s?)?|\\(0|0)\\d(?:[ \\-)]{0,2}\\d){8,9}(?!\\d)");
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE);
  private static final String STREET_WORDS =
      "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Grove|Way|Crescent|Court|Gardens"
          + "|Place|Terrace|Rise|View|Walk|Mews|Row|Square|Hill|Parade|Green|Fold|Croft|Meadows";
  private static final Pattern STREET =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:Flat\\s+\\d+[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+"
              + "(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,3}(?:"
              + STREET_WORDS
              + ")\\.?(?![\\p{L}\\d])");

  @Override
  public List<IdentitySpan> find(String text) {
    List<IdentitySpan> spans = new ArrayList<>();
    add(spans, EMAIL.matcher(text), Placeholder.EMAIL);
    Matcher number = TEN_DIGITS.matcher(text);
    while (number.find()) {
      if (NhsNumber.isValid(number.group().replaceAll("\\D", ""))) {
        spans.add(new IdentitySpan(number.start(), number.end(), Placeholder.NHS_NUMBER));
      }
    }
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      if (isUkNumber(phone.group())) {
        spans.add(new IdentitySpan(phone.start(), phone.end(), Placeholder.PHONE));
      }
    }
    add(spans, POSTCODE.matcher(text), Placeholder.ADDRESS);
    add(spans, STREET.matcher(text), Placeholder.ADDRESS);
    return spans;
  }

  /** Ten digits after the trunk 0 (or after +44 and an optional (0)). */
  private static boolean isUkNumber(String written) {
    String digits = written.replaceAll("\\D", "");
    if (written.strip().startsWith("+")) {
      digits = digits.substring(2);
      if (written.contains("(0)")) {
        digits = digits.substring(1);
      }
      return digits.length() == 10;
    }
    return digits.length() == 11;
  }

  private static void add(List<IdentitySpan> spans, Matcher matcher, Placeholder kind) {
    while (matcher.find()) {
      spans.add(new IdentitySpan(matcher.start(), matcher.end(), kind));
    }
  }
}
