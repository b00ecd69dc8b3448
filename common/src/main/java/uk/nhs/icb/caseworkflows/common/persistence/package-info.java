/**
 * The one application datasource that JPA, the process engine and the identity store share, so that
 * a user action is a single transaction on a single connection. The datasource itself is defined in
 * the {@code app} module from MicroProfile Config (H2 by default, PostgreSQL by configuration).
 */
package uk.nhs.icb.caseworkflows.common.persistence;
