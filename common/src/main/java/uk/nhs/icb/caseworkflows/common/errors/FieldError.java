package uk.nhs.icb.caseworkflows.common.errors;

/** One invalid field of a request and why a person should correct it. */
public record FieldError(String field, String reason) {}
