/**
 * The CHC pages on the web kit: the case list, the case page with its process picture, and one form
 * per step (the Checklist and the Decision Support Tool saved as drafts). Web code never touches
 * JPA: it reads cases through the application layer.
 */
package uk.nhs.icb.caseworkflows.chc.web.pages;
