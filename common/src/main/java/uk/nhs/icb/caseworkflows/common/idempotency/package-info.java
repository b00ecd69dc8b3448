/**
 * Safe retries: a client that sends a state-changing request with an {@code Idempotency-Key} header
 * and sends it again (a timeout, a double click, a retrying proxy) gets the first answer back and
 * nothing is done twice. A key is claimed before the action runs, and marked done in the action's
 * own transaction, so an action that rolls back leaves the key free for a retry.
 */
package uk.nhs.icb.caseworkflows.common.idempotency;
