/**
 * Who may do what. The roles of the product (one Jakarta Security group each, mapped one-to-one to
 * roles), the database identity store with salted PBKDF2 hashes, the demo users of a development
 * start, the caller as the audit trail sees them, and the REST API's deny-by-default role check.
 */
package uk.nhs.icb.caseworkflows.common.security;
