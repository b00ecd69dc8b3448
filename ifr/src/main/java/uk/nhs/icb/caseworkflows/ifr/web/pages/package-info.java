/**
 * The IFR pages on the web kit, working without JavaScript: the coordinators' list and case page
 * (with the process picture) and their step forms (screening, the clinician's reply, the outcome
 * report), and the panel's meetings: scheduling, attendance and the anonymised papers with a
 * decision form per request.
 */
package uk.nhs.icb.caseworkflows.ifr.web.pages;
