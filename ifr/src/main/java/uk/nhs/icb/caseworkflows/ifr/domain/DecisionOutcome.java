package uk.nhs.icb.caseworkflows.ifr.domain;

import java.util.Arrays;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/** The panel's (or the chair's) decision on a request. */
public enum DecisionOutcome {
  APPROVED("Approved"),
  APPROVED_WITH_CONDITIONS("Approved with conditions"),
  DECLINED("Declined");

  private final String label;

  DecisionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isApproval() {
    return this != DECLINED;
  }

  public static DecisionOutcome parse(String typed, String field) {
    return Arrays.stream(values())
        .filter(
            value -> value.name().equals(typed == null ? "" : typed.strip().toUpperCase(Locale.UK)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "must be APPROVED, APPROVED_WITH_CONDITIONS or DECLINED"));
  }
}
