/**
 * Case references: the "CMP-2026-000123" a person quotes and every letter shows, one series per
 * case type (its prefix), numbered from 1 within each year by a counter row per prefix in the
 * shared database, so two nodes never hand out the same reference.
 */
package uk.nhs.icb.caseworkflows.common.reference;
