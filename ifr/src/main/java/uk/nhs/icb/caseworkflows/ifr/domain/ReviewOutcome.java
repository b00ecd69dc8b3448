package uk.nhs.icb.caseworkflows.ifr.domain;

import java.util.Arrays;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/** A review's finding: the decision stands, or a new panel hears the request again. */
public enum ReviewOutcome {
  UPHELD,
  REFERRED_BACK;

  public static ReviewOutcome parse(String typed, String field) {
    return Arrays.stream(values())
        .filter(
            value -> value.name().equals(typed == null ? "" : typed.strip().toUpperCase(Locale.UK)))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException(field, "must be UPHELD or REFERRED_BACK"));
  }
}
