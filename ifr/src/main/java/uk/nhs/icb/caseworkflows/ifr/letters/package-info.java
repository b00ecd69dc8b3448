/**
 * The Individual Funding Request letters to the requesting clinician: acknowledgement, request for
 * missing information, and the panel's decision with the routes to reconsideration and review. Each
 * template is an XHTML file with its example data beside it under the same package in {@code
 * src/main/resources}, so that staff can read and amend the wording without touching Java.
 */
package uk.nhs.icb.caseworkflows.ifr.letters;
