/**
 * The use cases of the governing body's reports about complaints: gathering a period's figures,
 * charts and published stories, issuing the report and the annual report of regulation 18, and
 * remembering which issued report carried which story.
 */
package uk.nhs.icb.caseworkflows.complaints.reports.application;
