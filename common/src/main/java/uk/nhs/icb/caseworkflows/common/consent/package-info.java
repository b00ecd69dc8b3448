/**
 * Consent as a first-class record shared by every workflow: whose consent, given by whom, for which
 * purpose, how and when, and its withdrawal. Processes ask {@code domain.ConsentCheck} whether a
 * purpose is covered at the moment they rely on it, so a withdrawal stops the work that needed the
 * consent rather than being noted and ignored.
 */
package uk.nhs.icb.caseworkflows.common.consent;
