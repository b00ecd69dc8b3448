/**
 * The governing body's complaints report page (figures, SVG charts with the tables behind them,
 * stories, links to the PDFs) and the IG officer's page of reports to recall.
 */
package uk.nhs.icb.caseworkflows.complaints.reports.web.pages;
