package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * How the caller narrowed their list: one case type, overdue only, and whose tasks ({@code mine}
 * for those assigned to them, {@code team} for unclaimed ones open to their roles, or both); and
 * the order, soonest due first unless asked otherwise.
 */
public record TaskFilter(String caseType, boolean overdueOnly, Whose whose, Sort sort) {

  /** Whose tasks to list. */
  public enum Whose {
    MINE,
    TEAM,
    ALL
  }

  /** The order of the list. */
  public enum Sort {
    DUE,
    DUE_DESC,
    CREATED,
    NAME
  }

  public static final TaskFilter EVERYTHING = new TaskFilter(null, false, Whose.ALL, Sort.DUE);

  public static TaskFilter parse(String caseType, String overdue, String whose, String sort) {
    return new TaskFilter(
        caseType == null || caseType.isBlank() ? null : caseType.trim(),
        flag("overdue", overdue),
        choice("assigned", whose, Whose.class, Whose.ALL),
        choice("sort", sort, Sort.class, Sort.DUE));
  }

  private static boolean flag(String field, String text) {
    if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidInputException(field, "must be true or false");
  }

  private static <E extends Enum<E>> E choice(
      String field, String text, Class<E> choices, E fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(choices, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(
          field,
          "must be one of "
              + String.join(
                  ", ",
                  java.util.Arrays.stream(choices.getEnumConstants())
                      .map(c -> c.name().toLowerCase(Locale.ROOT))
                      .toList()));
    }
  }
}
