/**
 * The shared audit trail: who did or read what, in which role, on which case, and when. Events are
 * only ever appended, each carries the hash of the one before it, and {@code verify} walks the
 * chain to name the first event that was altered or removed.
 */
package uk.nhs.icb.caseworkflows.common.audit;
