package uk.nhs.icb.caseworkflows.common.text;

import static java.util.stream.Collectors.joining;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/** Guards for text a person must give, and dates written as staff read them. */
public final class Text {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private Text() {}

  /** The text stripped; blank is as good as missing, and {@code what} is then "required". */
  public static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  /** The text stripped, or null when nothing was given. */
  public static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Whether {@code value} holds a control character (U+0000 to U+001F, U+007F to U+009F) other than
   * a tab or a line break. A person never types one; a NUL cannot be kept in PostgreSQL's text
   * columns, and the others would reach exports, pages and letters as they are. The forms and the
   * API refuse them alike, naming the field.
   */
  public static boolean hasControlCharacters(String value) {
    return value.chars().anyMatch(Text::isControlCharacter);
  }

  /** A control character other than a tab or a line break ({@link #hasControlCharacters}). */
  public static boolean isControlCharacter(int c) {
    return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
  }

  /** Lists such as address lines are kept one per line in a single column; blanks are dropped. */
  public static String joinLines(List<String> lines) {
    if (lines == null) {
      return null;
    }
    String joined =
        lines.stream().map(Text::optional).filter(Objects::nonNull).collect(joining("\n"));
    return joined.isEmpty() ? null : joined;
  }

  /** The lines {@link #joinLines} kept; none for null. */
  public static List<String> splitLines(String joined) {
    return joined == null ? List.of() : List.of(joined.split("\n"));
  }

  /** "Tuesday 3 March 2026", as letters and messages write a day. */
  public static String day(LocalDate date) {
    return date.format(DAY);
  }

  /** The day an instant falls on in England. */
  public static LocalDate londonDate(Instant instant) {
    return LocalDate.ofInstant(instant, WorkingDayCalendar.LONDON);
  }
}
