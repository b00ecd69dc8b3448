/**
 * The complaint file's use cases, one public method per user action and each one transaction: the
 * aggregate's change, the process step it completes, its letters and its audit event commit
 * together or not at all. Also where complaints plug into the platform: the repository, the case
 * type's access rule, the process model and the settings.
 */
package uk.nhs.icb.caseworkflows.complaints.application;
