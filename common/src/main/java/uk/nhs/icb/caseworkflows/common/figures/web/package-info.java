/**
 * Showing figures: a report page base that renders published figures as NHS tables in the shared
 * layout and offers them as a CSV download (RFC 4180, safe to open in a spreadsheet).
 */
package uk.nhs.icb.caseworkflows.common.figures.web;
