/**
 * Figures for reports: counts over a reporting period (a quarter, a financial year, any dates), the
 * NHS small-number rule for figures that are published (to the governing body, in papers, on a
 * page), kept apart by type from the exact figures a return to NHS England needs, and the page and
 * CSV download that show them. CHC, IFR and complaints build their reports from it.
 */
package uk.nhs.icb.caseworkflows.common.figures;
