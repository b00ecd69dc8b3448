/**
 * How callers prove who they are and what each REST method allows: HTTP Basic for the REST API, a
 * sign-in form for the web pages (both checked against the same database identity store), and a
 * role check that refuses any REST method which does not name the roles it allows.
 */
package uk.nhs.icb.caseworkflows.common.security.web;
