package uk.nhs.icb.caseworkflows.common.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * Reads query parameters one by one, blank meaning "not filtered", and collects what is wrong with
 * them so that the client hears of every bad value at once ({@link #throwIfInvalid()}). Make one
 * per request. Every GET endpoint reads its parameters here, so that none reaches a query
 * unbounded: text is no longer than the column it filters and holds no control character
 * (PostgreSQL refuses a NUL in text, which would otherwise surface as a 500).
 */
public final class QueryParameters {

  private final List<FieldError> errors = new ArrayList<>();

  /** One of an enum's values, typed in any case with dashes or spaces for underscores; or null. */
  public <E extends Enum<E>> E choice(String field, String text, Class<E> choices) {
    if (isBlank(text)) {
      return null;
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Enum.valueOf(choices, name);
    } catch (IllegalArgumentException unknown) {
      reject(
          field,
          "must be one of "
              + Arrays.stream(choices.getEnumConstants())
                  .map(choice -> choice.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
      return null;
    }
  }

  /** True or false in any case; blank is false. */
  public boolean flag(String field, String text) {
    if (isBlank(text) || text.strip().equalsIgnoreCase("false")) {
      return false;
    }
    if (text.strip().equalsIgnoreCase("true")) {
      return true;
    }
    reject(field, "must be true or false");
    return false;
  }

  /** A day written as year-month-day; or null. */
  public LocalDate date(String field, String text) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      reject(field, "must be a date written as year-month-day, e.g. 2026-03-31");
      return null;
    }
  }

  /** As {@link #choice(String, String, Class)}, with {@code fallback} when blank or refused. */
  public <E extends Enum<E>> E choice(String field, String text, Class<E> choices, E fallback) {
    E chosen = choice(field, text, choices);
    return chosen == null ? fallback : chosen;
  }

  /**
   * Text stripped, at most {@code maxLength} characters and without control characters; or null.
   */
  public String text(String field, String text, int maxLength) {
    String value = Text.optional(text);
    if (value != null && value.length() > maxLength) {
      reject(field, "must be at most " + maxLength + " characters");
      return null;
    }
    if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
      reject(field, "must not contain control characters");
      return null;
    }
    return value;
  }

  /**
   * The start of a time range: an instant ({@code 2026-11-22T09:00:00Z}), or a date, meaning its
   * first moment in England; or null.
   */
  public Instant from(String field, String text) {
    return instant(field, text, false);
  }

  /** The end of a time range: an instant, or a date, meaning up to the end of that whole day. */
  public Instant to(String field, String text) {
    return instant(field, text, true);
  }

  private Instant instant(String field, String text, boolean endOfDay) {
    try {
      return TimeRangeParameter.parse(field, text, endOfDay);
    } catch (InvalidInputException refused) {
      errors.addAll(refused.errors());
      return null;
    }
  }

  /** The page asked for; the first page of the usual size when it cannot be read. */
  public PageRequest page(String page, String size) {
    try {
      return PageRequest.parse(page, size);
    } catch (InvalidInputException invalid) {
      errors.addAll(invalid.errors());
      return new PageRequest(0, PageRequest.DEFAULT_SIZE);
    }
  }

  /** Refuses the parameter {@code field} for a rule between parameters. */
  public void reject(String field, String reason) {
    errors.add(new FieldError(field, reason));
  }

  /** A 400 naming every bad parameter, if any was bad. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The first instant of {@code day} in England. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
