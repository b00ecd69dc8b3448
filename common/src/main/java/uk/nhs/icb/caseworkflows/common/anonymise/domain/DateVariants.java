package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The ways a known date is written in letters and notes: 03/07/1961, 3/7/61, 3-7-1961, 3.7.1961,
 * 1961-07-03, 3 July 1961, 3rd of Jul 1961, July 3rd, 1961.
 */
final class DateVariants {

  private DateVariants() {}

  static List<String> of(LocalDate date) {
    String day = "0?" + date.getDayOfMonth();
    String ordinal = day + "(?:st|nd|rd|th)?";
    String month = "0?" + date.getMonthValue();
    String fullYear = String.valueOf(date.getYear());
    String year = "(?:" + fullYear + "|" + fullYear.substring(2) + ")";
    String monthName =
        "(?:"
            + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
            + "|"
            + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).replace(".", "")
            + "\\.?)";
    String separator = "\\s*[/.\\-]\\s*";
    return List.of(
        "(?<!\\d)" + day + separator + month + separator + year + "(?!\\d)",
        "(?<!\\d)" + fullYear + "-" + month + "-" + day + "(?!\\d)",
        "(?<!\\d)" + ordinal + "\\s+(?:of\\s+)?" + monthName + ",?\\s+" + fullYear + "(?!\\d)",
        "(?<![\\p{L}])" + monthName + "\\s+" + ordinal + ",?\\s+" + fullYear + "(?!\\d)");
  }
}
