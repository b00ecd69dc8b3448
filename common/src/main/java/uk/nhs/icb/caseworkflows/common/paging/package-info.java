/**
 * Paging of lists over the REST API: page and size taken from query parameters as text, so that a
 * bad value is a 400 naming the parameter (JAX-RS would answer an unconvertible number with 404).
 */
package uk.nhs.icb.caseworkflows.common.paging;
