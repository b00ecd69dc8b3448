/**
 * Staff accounts: a user name, a PBKDF2 password hash and the roles the account holds. The identity
 * store reads these tables with plain SQL (see {@code IdentityStoreQueries}), so their names are
 * part of the contract.
 */
package uk.nhs.icb.caseworkflows.common.security.domain;
