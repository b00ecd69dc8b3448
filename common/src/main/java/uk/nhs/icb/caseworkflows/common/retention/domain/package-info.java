/**
 * The retention schedule, the retained record with its extensions, and the certificate kept when a
 * record is destroyed; no container code.
 */
package uk.nhs.icb.caseworkflows.common.retention.domain;
