/**
 * Showing people on pages: the communication-needs callout at the top of a case page, so that
 * whoever opens the case sees how each person must be written to or met before doing either.
 */
package uk.nhs.icb.caseworkflows.common.party.web;
