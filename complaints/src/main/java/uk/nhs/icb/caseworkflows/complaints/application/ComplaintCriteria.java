package uk.nhs.icb.caseworkflows.complaints.application;

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
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;

/**
 * How a handler narrowed the case list; every filter may be absent (null, or false for {@code
 * overdueOnly}), and all given filters must hold.
 *
 * @param status only complaints in this status
 * @param overdueOnly only open complaints past their acknowledgement or response date; false lists
 *     overdue and on-time complaints alike
 * @param handler only complaints received by this user; complaints are not yet assigned to anyone,
 *     so the one who received a complaint stands for its handler
 * @param receivedFrom only complaints received on or after this day in England
 * @param receivedTo only complaints received on or before this day in England
 * @param text a complaint reference, or part of the complainant's or the affected person's name, in
 *     any case
 */
public record ComplaintCriteria(
    ComplaintStatus status,
    boolean overdueOnly,
    String handler,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    String text) {

  /** The whole list, newest first. */
  public static final ComplaintCriteria EVERYTHING =
      new ComplaintCriteria(null, false, null, null, null, null);

  static final int MAX_HANDLER_LENGTH = 100;
  static final int MAX_TEXT_LENGTH = 200;

  public ComplaintCriteria {
    handler = blankToNull(handler);
    text = blankToNull(text);
    if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
      throw new IllegalArgumentException("receivedTo " + receivedTo + " before " + receivedFrom);
    }
  }

  /**
   * Reads the filters as a client sent them in the query string; blank means not filtered. Every
   * bad value is reported at once, each under the name of its parameter.
   */
  public static ComplaintCriteria parse(
      String status,
      String overdue,
      String handler,
      String receivedFrom,
      String receivedTo,
      String q) {
    List<FieldError> errors = new ArrayList<>();
    ComplaintStatus wanted = status(status, errors);
    boolean overdueOnly = flag("overdue", overdue, errors);
    String handlerName = text("handler", handler, MAX_HANDLER_LENGTH, errors);
    LocalDate from = date("receivedFrom", receivedFrom, errors);
    LocalDate to = date("receivedTo", receivedTo, errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("receivedTo", "must not be before receivedFrom"));
    }
    String text = text("q", q, MAX_TEXT_LENGTH, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ComplaintCriteria(wanted, overdueOnly, handlerName, from, to, text);
  }

  /** The first instant of {@code receivedFrom} in England; null when not filtered. */
  Instant receivedAtOrAfter() {
    return receivedFrom == null ? null : startOf(receivedFrom);
  }

  /** The first instant after {@code receivedTo} in England, exclusive; null when not filtered. */
  Instant receivedBefore() {
    return receivedTo == null ? null : startOf(receivedTo.plusDays(1));
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
  }

  private static ComplaintStatus status(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return ComplaintStatus.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      errors.add(
          new FieldError(
              "status",
              "must be one of "
                  + Arrays.stream(ComplaintStatus.values())
                      .map(s -> s.name().toLowerCase(Locale.ROOT))
                      .collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static boolean flag(String field, String text, List<FieldError> errors) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
      return false;
    }
    if (text.strip().equalsIgnoreCase("true")) {
      return true;
    }
    errors.add(new FieldError(field, "must be true or false"));
    return false;
  }

  private static LocalDate date(String field, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      errors.add(
          new FieldError(field, "must be a date written as year-month-day, e.g. 2026-03-31"));
      return null;
    }
  }

  private static String text(String field, String text, int maxLength, List<FieldError> errors) {
    String value = blankToNull(text);
    if (value != null && value.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
