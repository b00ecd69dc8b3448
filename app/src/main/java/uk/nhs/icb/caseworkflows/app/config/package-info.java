/**
 * Configuration read at deployment: the shared datasource (H2 in a file by default, any JDBC
 * database by MicroProfile Config) and the database identity store on it.
 */
package uk.nhs.icb.caseworkflows.app.config;
