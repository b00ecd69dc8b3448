package uk.nhs.icb.caseworkflows.common.idempotency.application;

/** The first answer to a keyed request, as it is replayed. */
public record StoredResponse(int status, String contentType, String location, String body) {}
