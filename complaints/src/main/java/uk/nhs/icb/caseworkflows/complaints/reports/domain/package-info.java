/**
 * The figures of the governing body's reports about complaints, counted from the complaints and
 * published through the NHS small-number rule. So far the annual complaints report's figures
 * (regulation 18); the report itself (page and PDF) is not built yet.
 */
package uk.nhs.icb.caseworkflows.complaints.reports.domain;
