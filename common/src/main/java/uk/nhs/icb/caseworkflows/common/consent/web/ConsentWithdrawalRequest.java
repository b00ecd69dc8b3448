package uk.nhs.icb.caseworkflows.common.consent.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;

/**
 * A consent withdrawn, as every case type's withdrawal endpoint takes it: how the withdrawal
 * reached us, and the reason if one was given (nobody has to give one). The reason is no longer
 * than the column that keeps it ({@code ConsentWithdrawal.reason}).
 */
public record ConsentWithdrawalRequest(
    @NotNull ConsentMethod method, @Size(max = MAX_REASON) String reason) {

  public static final int MAX_REASON = 2000;
}
