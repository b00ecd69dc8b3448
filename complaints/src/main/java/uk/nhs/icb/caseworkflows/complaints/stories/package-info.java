/**
 * Anonymised service-user stories told to the governing body after an upheld or partly upheld
 * complaint. So far: the redaction preview the draft form and the reviewers use (the redactor
 * itself is shared, in common/anonymise).
 */
package uk.nhs.icb.caseworkflows.complaints.stories;
