package uk.nhs.icb.caseworkflows.common.web.rest;

import java.util.List;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Checks a request's values beyond what Bean Validation says of one field. Each refusal is an
 * {@link InvalidInputException} (a 400 problem naming the field), never a 500.
 */
public final class FieldInput {

  private FieldInput() {}

  /**
   * Makes a value, turning what its constructor refuses ({@link IllegalArgumentException}, {@link
   * NullPointerException}) into a refusal of {@code field} with the constructor's message.
   */
  public static <T> T field(String field, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw new InvalidInputException(
          field, refused.getMessage() == null ? "is not valid" : refused.getMessage());
    }
  }

  /** Refuses {@code field} with {@code reason} unless {@code holds}. */
  public static void require(boolean holds, String field, String reason) {
    if (!holds) {
      throw new InvalidInputException(field, reason);
    }
  }

  /**
   * Checks lines that are kept joined with line breaks in one column: each is text of 1 to {@code
   * maxLine} characters (refused as {@code field[i]}), and together, stripped and joined, they come
   * to at most {@code maxJoined} (refused as {@code field}). No lines at all pass.
   */
  public static void checkLines(String field, List<String> lines, int maxLine, int maxJoined) {
    int joined = 0;
    for (int i = 0; i < lines(lines).size(); i++) {
      String line = lines.get(i);
      require(
          line != null && !line.isBlank() && line.length() <= maxLine,
          field + "[" + i + "]",
          "must be text of 1 to " + maxLine + " characters");
      joined += line.strip().length() + (i == 0 ? 0 : 1);
    }
    require(
        joined <= maxJoined,
        field,
        "must come to " + maxJoined + " characters or fewer, line breaks included");
  }

  /** The lines given, or none. */
  public static List<String> lines(List<String> lines) {
    return lines == null ? List.of() : lines;
  }
}
