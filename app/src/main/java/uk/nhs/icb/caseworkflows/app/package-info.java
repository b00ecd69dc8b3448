/**
 * The application that assembles the modules into one WAR: its datasource and identity store
 * configuration, the REST application, and the web pages that are not a workflow's own (sign-in,
 * home).
 */
package uk.nhs.icb.caseworkflows.app;
