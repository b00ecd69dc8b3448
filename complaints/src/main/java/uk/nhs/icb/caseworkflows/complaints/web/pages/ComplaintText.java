package uk.nhs.icb.caseworkflows.complaints.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;

/** How complaint pages word dates and codes for people ("24 November 2026", "Partially upheld"). */
final class ComplaintText {

  private ComplaintText() {}

  static String date(LocalDate date) {
    return PageFormats.date(date);
  }

  static String date(Instant instant) {
    return PageFormats.date(instant);
  }

  /** A code such as {@code PARTIALLY_UPHELD} as words: "Partially upheld". */
  static String words(Enum<?> code) {
    return code == null ? "" : sentence(code.name().replace('_', ' ').toLowerCase(Locale.UK));
  }

  static String words(String code) {
    return code == null ? "" : sentence(code.replace('_', ' ').toLowerCase(Locale.UK));
  }

  static String sentence(String text) {
    return text == null || text.isEmpty()
        ? ""
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
