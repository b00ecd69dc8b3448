/**
 * Reading a list's filters as a client typed them in the query string: choices, true/false, days,
 * bounded text and the page, each bad value reported at once under its parameter's name.
 */
package uk.nhs.icb.caseworkflows.common.query;
