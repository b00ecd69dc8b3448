/**
 * Retention of closed case records under the Records Management Code of Practice: closing a case
 * starts its retention clock; at the end an information-governance officer reviews the record and
 * either extends its retention (with a reason) or destroys it, which erases the case's personal
 * data and letters and keeps a certificate of destruction.
 */
package uk.nhs.icb.caseworkflows.common.retention;
