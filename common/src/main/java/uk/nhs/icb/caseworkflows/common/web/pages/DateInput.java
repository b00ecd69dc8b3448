package uk.nhs.icb.caseworkflows.common.web.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A date typed as day, month and year in three boxes (the NHS date input), read the way people type
 * it: spaces ignored, a month as a number or a name ("3", "March", "mar"). Fields are named {@code
 * <name>-day}, {@code <name>-month} and {@code <name>-year}, which are also their ids. A wrong date
 * gives one message in the NHS style, naming the date by its label, and says which parts are wrong
 * so only those are outlined.
 */
public final class DateInput {

  /** The three parts of a date input. */
  public enum Part {
    DAY,
    MONTH,
    YEAR;

    String suffix() {
      return "-" + name().toLowerCase(Locale.ROOT);
    }
  }

  /** What was typed, and either the date or what is wrong with it. */
  public record Result(
      String name,
      String day,
      String month,
      String year,
      LocalDate date,
      String error,
      List<Part> wrongParts) {

    public Result {
      wrongParts = List.copyOf(wrongParts);
    }

    public Optional<LocalDate> value() {
      return Optional.ofNullable(date);
    }

    public boolean isBlank() {
      return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The id the error summary links to: the first wrong part. */
    public String fieldId() {
      return name + (wrongParts.isEmpty() ? Part.DAY : wrongParts.get(0)).suffix();
    }

    /** Adds this date's message, if any, to a form's errors. */
    public void reportTo(FormErrors errors) {
      if (error != null) {
        errors.add(fieldId(), error);
      }
    }

    /**
     * The values of {@code {{> common/date-input}}}: the typed parts, which are wrong, the error.
     */
    public Map<String, Object> model(String legend, String hint) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("name", name);
      model.put("legend", legend);
      model.put("hint", hint);
      model.put("error", error);
      model.put("day", day);
      model.put("month", month);
      model.put("year", year);
      model.put("dayWrong", wrongParts.contains(Part.DAY));
      model.put("monthWrong", wrongParts.contains(Part.MONTH));
      model.put("yearWrong", wrongParts.contains(Part.YEAR));
      return model;
    }
  }

  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private DateInput() {}

  /**
   * Reads a date.
   *
   * @param name the fields' common prefix
   * @param label how messages name the date, with a capital ("Date received")
   * @param required whether leaving all three boxes empty is an error
   */
  public static Result parse(
      String name, String label, boolean required, String day, String month, String year) {
    String d = clean(day);
    String m = clean(month);
    String y = clean(year);
    List<Part> missing = new ArrayList<>();
    if (d.isEmpty()) {
      missing.add(Part.DAY);
    }
    if (m.isEmpty()) {
      missing.add(Part.MONTH);
    }
    if (y.isEmpty()) {
      missing.add(Part.YEAR);
    }
    if (missing.size() == 3) {
      return required
          ? new Result(name, d, m, y, null, "Enter " + lower(label), List.of(Part.values()))
          : new Result(name, d, m, y, null, null, List.of());
    }
    if (!missing.isEmpty()) {
      return new Result(name, d, m, y, null, label + " must include " + listed(missing), missing);
    }
    Integer dayNumber = number(d);
    Integer monthNumber = month(m);
    Integer yearNumber = number(y);
    if (yearNumber != null && y.length() != 4) {
      return new Result(name, d, m, y, null, "Year must include 4 numbers", List.of(Part.YEAR));
    }
    List<Part> wrong = new ArrayList<>();
    if (dayNumber == null || dayNumber < 1 || dayNumber > 31) {
      wrong.add(Part.DAY);
    }
    if (monthNumber == null) {
      wrong.add(Part.MONTH);
    }
    if (yearNumber == null) {
      wrong.add(Part.YEAR);
    }
    if (wrong.isEmpty()) {
      try {
        return new Result(
            name, d, m, y, LocalDate.of(yearNumber, monthNumber, dayNumber), null, List.of());
      } catch (DateTimeException noSuchDay) {
        wrong.add(Part.DAY);
      }
    }
    return new Result(name, d, m, y, null, label + " must be a real date", wrong);
  }

  private static String clean(String text) {
    return text == null ? "" : text.replaceAll("\\s+", "");
  }

  private static String lower(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  private static String listed(List<Part> parts) {
    List<String> names = parts.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    return names.size() == 1 ? "a " + names.get(0) : "a " + String.join(" and ", names);
  }

  private static Integer number(String text) {
    if (!text.matches("\\d{1,4}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  private static Integer month(String text) {
    Integer number = number(text);
    if (number != null) {
      return number >= 1 && number <= 12 ? number : null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() < 3) {
      return null;
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].startsWith(lower)) {
        return i + 1;
      }
    }
    return null;
  }
}
