/**
 * The complaint pages of the web UI: the case list, the case page (summary, deadlines, consents,
 * disclosures, letters, history and where the case is in its process), and one form per step of the
 * complaint process. Server-rendered on the shared page support ({@code common.web.pages}), working
 * without JavaScript; each form calls the same use case as its REST endpoint.
 */
package uk.nhs.icb.caseworkflows.complaints.web.pages;
