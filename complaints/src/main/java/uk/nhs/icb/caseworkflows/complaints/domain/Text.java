package uk.nhs.icb.caseworkflows.complaints.domain;

import static java.util.stream.Collectors.joining;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/** Guards for text a person must give, and dates written as the handler reads them. */
final class Text {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private Text() {}

  static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Lists such as address lines are kept one per line in a single column. */
  static String joinLines(List<String> lines) {
    if (lines == null) {
      return null;
    }
    String joined =
        lines.stream().map(Text::optional).filter(Objects::nonNull).collect(joining("\n"));
    return joined.isEmpty() ? null : joined;
  }

  static List<String> splitLines(String joined) {
    return joined == null ? List.of() : List.of(joined.split("\n"));
  }

  static String day(LocalDate date) {
    return date.format(DAY);
  }

  static LocalDate londonDate(Instant instant) {
    return LocalDate.ofInstant(instant, WorkingDayCalendar.LONDON);
  }
}
