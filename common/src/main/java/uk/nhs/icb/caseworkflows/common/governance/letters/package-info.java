/**
 * The information governance letters, shared by every workflow: the response to a subject access
 * request under UK GDPR Article 15, and the certificate kept when case records are destroyed at the
 * end of their retention period. Each template is an XHTML file with its example data beside it
 * under the same package in {@code src/main/resources}, so that staff can read and amend the
 * wording without touching Java.
 */
package uk.nhs.icb.caseworkflows.common.governance.letters;
