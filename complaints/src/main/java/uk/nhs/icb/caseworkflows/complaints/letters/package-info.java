/**
 * The complaint letters, one template per letter the complaints procedure sends: acknowledgement,
 * consent form, disclosure to the organisation complained about, the request to share a
 * complainant's name, the six-month holding letter, the final response with the Ombudsman's
 * details, and the letter for a complaint outside the procedure. Each template is an XHTML file
 * with its example data beside it under the same package in {@code src/main/resources}, so that
 * staff can read and amend the wording without touching Java.
 */
package uk.nhs.icb.caseworkflows.complaints.letters;
