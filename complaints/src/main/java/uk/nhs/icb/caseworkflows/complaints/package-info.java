/**
 * Complaint cases under the NHS complaints regulations: receipt, acknowledgement, consent,
 * disclosure to the subject, investigation and final response. Arrives with the complaints workflow
 * issue; the module exists now so the WAR and the module boundaries are in place.
 */
package uk.nhs.icb.caseworkflows.complaints;
