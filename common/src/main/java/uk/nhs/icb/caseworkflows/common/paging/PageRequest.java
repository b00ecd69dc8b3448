package uk.nhs.icb.caseworkflows.common.paging;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/** Which page of a list to return: pages count from 0, sizes from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + " size " + size);
    }
  }

  public int firstResult() {
    return Math.multiplyExact(page, size);
  }

  /** Reads {@code page} and {@code size} as a client sent them; null means the default. */
  public static PageRequest parse(String page, String size) {
    List<FieldError> errors = new ArrayList<>();
    int pageNumber = number("page", page, 0, 0, 1_000_000, errors);
    int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new PageRequest(pageNumber, pageSize);
  }

  private static int number(
      String field, String text, int fallback, int min, int max, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, like an out-of-range number
    }
    errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
    return fallback;
  }
}
