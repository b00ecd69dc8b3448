package uk.nhs.icb.caseworkflows.common.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the NHS style guide writes them: "24 November 2026", in UK time. */
public final class PageFormats {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private PageFormats() {}

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(UK));
  }

  /** The date for a {@code <time datetime>} attribute. */
  public static String isoDate(Instant instant) {
    return instant == null ? "" : instant.atZone(UK).toLocalDate().toString();
  }
}
