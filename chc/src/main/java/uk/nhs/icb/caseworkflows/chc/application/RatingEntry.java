package uk.nhs.icb.caseworkflows.chc.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * One domain's rating as an assessor typed it (a domain, a level, the evidence), before the tool
 * checks it: a domain or level the tool does not have is refused on its own field ({@code
 * ratings[2].level}), without echoing what was typed.
 */
public record RatingEntry(String domain, String level, String evidence) {

  /** The named constant of {@code type}, or a 400 on {@code field} listing the choices. */
  static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, String what) {
    if (typed != null) {
      String name = typed.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    throw new InvalidInputException(
        field,
        "Choose "
            + what
            + ": "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + ".");
  }
}
