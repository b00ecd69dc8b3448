/**
 * The governing body's reports about complaints, as values: the period's figures and the annual
 * complaints report of regulation 18, counted from what a report may know of each complaint ({@link
 * uk.nhs.icb.caseworkflows.complaints.reports.domain.ComplaintForReport}) and published through the
 * NHS small-number rule; and the record of each report issued with the stories it carried.
 */
package uk.nhs.icb.caseworkflows.complaints.reports.domain;
