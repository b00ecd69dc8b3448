/**
 * The governing body's reports on the web: the REST reads (published figures and stories as JSON,
 * the two reports as PDF/A, the IG officer's list of reports to recall) and, in {@code pages}, the
 * report page with its SVG charts. Nothing here names or links to a complaint.
 */
package uk.nhs.icb.caseworkflows.complaints.reports.web;
