package uk.nhs.icb.caseworkflows.common.idempotency.application;

import uk.nhs.icb.caseworkflows.common.idempotency.domain.IdempotentRequest.Verdict;

/**
 * The outcome of presenting a key: go ahead (holding the claim as {@code attempt}), replay the
 * stored answer, or refuse because the key is busy or was used for another request.
 */
public record Claim(Verdict verdict, String keyId, String attempt, StoredResponse replay) {}
