/**
 * The story pages for the complaints team and the Caldicott Guardian: the list, and one story with
 * the form its stage needs and the original beside its redaction. Through the use cases only.
 */
package uk.nhs.icb.caseworkflows.complaints.stories.web.pages;
