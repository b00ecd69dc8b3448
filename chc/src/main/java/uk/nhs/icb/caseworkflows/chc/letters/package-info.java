/**
 * The NHS Continuing Healthcare letters: the outcome of a Checklist, the eligibility decision with
 * the right to local resolution, the care package arranged, and the invitation to a review. Each
 * template is an XHTML file with its example data beside it under the same package in {@code
 * src/main/resources}, so that staff can read and amend the wording without touching Java.
 */
package uk.nhs.icb.caseworkflows.chc.letters;
