/**
 * The {@code Idempotency-Key} header on every state-changing REST call, handled once for all
 * resources by a request/response filter pair: the request filter claims the key and opens the
 * action's transaction, the response filter stores the answer in it and commits, or rolls back and
 * frees the key.
 */
package uk.nhs.icb.caseworkflows.common.idempotency.web;
