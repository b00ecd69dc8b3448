/**
 * Claiming, completing and releasing keys, each in the transaction it belongs to: the claim in a
 * short one of its own (so a second request with the key sees it at once), the completion in the
 * action's, the release after a rollback. Settings: {@code app.idempotency.retention} (how long an
 * answer is kept for replay) and {@code app.idempotency.in-flight-timeout} (when a claim left by a
 * dead server lapses).
 */
package uk.nhs.icb.caseworkflows.common.idempotency.application;
