/**
 * Use cases of staff accounts: hashing passwords to the policy the identity store checks, and
 * providing (or, in production, removing) the demo accounts.
 */
package uk.nhs.icb.caseworkflows.common.security.application;
