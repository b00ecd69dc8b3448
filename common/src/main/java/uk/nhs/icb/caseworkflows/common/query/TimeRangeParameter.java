package uk.nhs.icb.caseworkflows.common.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Reads {@code from}/{@code to} as an instant ({@code 2026-11-22T09:00:00Z}) or as a date in
 * Europe/London ({@code 2026-11-22}); a date as {@code to} includes that whole day. Used through
 * {@link QueryParameters#from} and {@link QueryParameters#to}.
 */
final class TimeRangeParameter {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private TimeRangeParameter() {}

  static Instant parse(String field, String text, boolean endOfDay) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate date = LocalDate.parse(text);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(LONDON).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException notATime) {
      throw new InvalidInputException(
          field, "must be a date (2026-11-22) or an instant (2026-11-22T09:00:00Z)");
    }
  }
}
