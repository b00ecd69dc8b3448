/**
 * The complaint process's service tasks, named in {@code complaint.bpmn} by delegate expression:
 * {@code complaintLetters} issues the letter the model names, {@code complaintClosure} closes the
 * complaint for the model's reason, {@code complaintEscalation} and {@code complaintFlags} put a
 * missed deadline or a six-month flag on the audit trail. Each is thin: it finds the complaint by
 * the process business key (the case id) and calls the domain and the shared services, inside the
 * transaction of whoever moved the process, a user or a timer job.
 */
package uk.nhs.icb.caseworkflows.complaints.process;
