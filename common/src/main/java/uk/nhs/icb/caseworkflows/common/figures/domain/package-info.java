/**
 * The values of figures: the reporting period, exact counts by category, and published counts that
 * can only be made from exact ones through the small-number rule, so no published table can carry
 * an exact small number by mistake.
 */
package uk.nhs.icb.caseworkflows.common.figures.domain;
