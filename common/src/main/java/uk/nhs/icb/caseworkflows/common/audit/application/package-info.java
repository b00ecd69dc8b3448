/**
 * Use cases of the audit trail: append an event inside the caller's transaction, search the trail,
 * and verify the chain. Appends join the transaction of the action they record, so an action that
 * rolls back leaves no audit event, and one that commits always has its event.
 */
package uk.nhs.icb.caseworkflows.common.audit.application;
