package uk.nhs.icb.caseworkflows.ifr.domain;

import java.util.Arrays;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * The three grounds on which a decision is reviewed (domain.md §3). A review looks at how the
 * decision was made, never re-hears the clinical case; any other ground is refused.
 */
public enum ReviewGround {
  EVIDENCE_NOT_CONSIDERED("the evidence was not properly considered"),
  UNREASONABLE_DECISION("the decision is one no reasonable panel could have reached"),
  PROCEDURE_NOT_FOLLOWED("the procedure was not followed");

  private final String description;

  ReviewGround(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The ground a request named; anything else is a 400 on {@code field}, not echoed back. */
  public static ReviewGround parse(String typed, String field) {
    return Arrays.stream(values())
        .filter(
            value -> value.name().equals(typed == null ? "" : typed.strip().toUpperCase(Locale.UK)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "must be EVIDENCE_NOT_CONSIDERED, UNREASONABLE_DECISION or"
                        + " PROCEDURE_NOT_FOLLOWED: a review looks at how the decision was made"));
  }
}
