package uk.nhs.icb.caseworkflows.common.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How pages word dates and codes for people ("24 November 2026", "Partially upheld"). */
public final class PageText {

  private PageText() {}

  public static String date(LocalDate date) {
    return PageFormats.date(date);
  }

  public static String date(Instant instant) {
    return PageFormats.date(instant);
  }

  /** A code such as {@code PARTIALLY_UPHELD} as words: "Partially upheld". */
  public static String words(Enum<?> code) {
    return code == null ? "" : words(code.name());
  }

  public static String words(String code) {
    return code == null ? "" : sentence(code.replace('_', ' ').toLowerCase(Locale.UK));
  }

  public static String sentence(String text) {
    return text == null || text.isEmpty()
        ? ""
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
