/**
 * A key's record: whose key, which request it was first used for (a fingerprint, never the body),
 * whether that request is still in flight or done, and the answer it got.
 */
package uk.nhs.icb.caseworkflows.common.idempotency.domain;
