/**
 * Audit events and their hash chain. An event's hash covers every recorded field and the previous
 * event's hash; the chain head holds the last sequence number and hash, and is locked by each
 * append so that concurrent transactions take turns and the chain never forks.
 */
package uk.nhs.icb.caseworkflows.common.audit.domain;
