package uk.nhs.icb.caseworkflows.ifr.domain;

import java.util.Arrays;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * What screening found (domain.md §3): the request goes to the panel, or more is needed from the
 * clinician, or it is not an IFR at all and a letter says where it goes instead.
 */
public enum ScreeningOutcome {
  /** Complete and an IFR: the 40-working-day decision clock starts. */
  ACCEPTED(false, null),
  /** Incomplete or unclear: the clinician is asked for more and the screening clock pauses. */
  MORE_INFORMATION(false, null),
  /** An ICB policy covers the treatment: the policy's own route applies. */
  POLICY_COVERS(true, "an ICB commissioning policy already covers this treatment"),
  /** Other similar patients could benefit: a service development for the policy process. */
  SERVICE_DEVELOPMENT(true, "this is a service development, to be considered for a policy"),
  /** A specialised service NHS England commissions: its own IFR route applies. */
  NHS_ENGLAND(true, "NHS England commissions this treatment and runs its own IFR route");

  private final boolean screensOut;
  private final String reason;

  ScreeningOutcome(boolean screensOut, String reason) {
    this.screensOut = screensOut;
    this.reason = reason;
  }

  /** Whether the request leaves the IFR route with a letter saying where it goes. */
  public boolean screensOut() {
    return screensOut;
  }

  /** Why a screened-out request is not an IFR, as the letter says it; null otherwise. */
  public String reason() {
    return reason;
  }

  /** The outcome a form or a request named; anything else is a 400 on {@code field}. */
  public static ScreeningOutcome parse(String typed, String field) {
    return Arrays.stream(values())
        .filter(
            value -> value.name().equals(typed == null ? "" : typed.strip().toUpperCase(Locale.UK)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "must be one of "
                        + Arrays.toString(values()).replace("[", "").replace("]", "")));
  }
}
