package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The ICB's decision on eligibility, made on the team's recommendation. When the ICB departs from
 * the recommendation it must say why, since the Framework expects that only in exceptional
 * circumstances. A late decision of eligible that the ICB caused carries its refund period.
 */
public record EligibilityDecision(
    boolean eligible, LocalDate decidedOn, String reasonsForDeparting, RefundPeriod refund) {

  public EligibilityDecision {
    Objects.requireNonNull(decidedOn, "decidedOn");
    reasonsForDeparting =
        reasonsForDeparting == null || reasonsForDeparting.isBlank()
            ? null
            : reasonsForDeparting.strip();
  }

  public Optional<String> departure() {
    return Optional.ofNullable(reasonsForDeparting);
  }

  public Optional<RefundPeriod> refundPeriod() {
    return Optional.ofNullable(refund);
  }
}
