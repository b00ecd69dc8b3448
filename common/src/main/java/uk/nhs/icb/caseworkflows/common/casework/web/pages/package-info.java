/**
 * The pages of case ownership: a section any case page includes (the caseworker, the history of
 * changes, and for the team's manager a form to reassign the case), its own page at {@code
 * /casework/<type>/<id>} that the reassignment form posts to, and the managers' {@code /caseload}
 * page with each caseworker's open cases.
 */
package uk.nhs.icb.caseworkflows.common.casework.web.pages;
