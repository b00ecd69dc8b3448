/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}). Every exception that can
 * leave a REST resource is mapped here to a problem with a status, a title a person understands
 * and, for invalid input, the list of fields and reasons. Nothing internal (stack traces, SQL,
 * class names) ever reaches a client: unexpected failures are logged with an incident id and the
 * client gets only that id.
 */
package uk.nhs.icb.caseworkflows.common.errors;
