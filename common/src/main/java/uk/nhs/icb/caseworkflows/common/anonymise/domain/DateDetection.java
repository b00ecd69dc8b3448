package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact dates, whoever's they are: 14/02/2024, 5.9.24, 2024-06-11, 3 March 2024, the 22nd of
 * January, Monday 9 September 2024, January 8th, 2024, 21 October. What only looks like a date is
 * left: durations ("12 days", "1-2 times"), scores ("7/10"), "24/7", a month alone or with its year
 * ("in May", "August 2023").
 */
final class DateDetection implements IdentityDetection {

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
  private static final String WEEKDAY =
      "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)?";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/\\-]|\\.\\d)");
  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d\\-])\\d{4}-(?:0?[1-9]|1[0-2])-(?:[12]\\d|3[01]|0?[1-9])(?![\\d\\-])");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\p{L}\\d])"
              + WEEKDAY
              + DAY
              + "\\s+(?:of\\s+)?"
              + MONTH
              + "(?:,?\\s+\\d{4}|\\s+'?\\d{2}(?!\\d))?(?![\\p{L}])");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}\\d])" + WEEKDAY + MONTH + "\\s+" + DAY + "(?:,?\\s+\\d{4})?(?![\\p{L}\\d])");

  @Override
  public List<IdentitySpan> find(String text) {
    List<IdentitySpan> spans = new ArrayList<>();
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      int day = Integer.parseInt(numeric.group(1));
      int month = Integer.parseInt(numeric.group(3));
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        spans.add(new IdentitySpan(numeric.start(), numeric.end(), Placeholder.DATE));
      }
    }
    for (Pattern pattern : List.of(ISO, DAY_MONTH, MONTH_DAY)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        spans.add(new IdentitySpan(matcher.start(), matcher.end(), Placeholder.DATE));
      }
    }
    return spans;
  }
}
