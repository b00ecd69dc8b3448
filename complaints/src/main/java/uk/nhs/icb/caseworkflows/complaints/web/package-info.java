/**
 * Complaint files over REST: intake, the file, and one endpoint per user action, each completing
 * its process step. Requests are records checked by Bean Validation; a rule of the file that
 * refuses the input answers 400 with the field, a step taken out of order 409.
 */
package uk.nhs.icb.caseworkflows.complaints.web;
