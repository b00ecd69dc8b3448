package uk.nhs.icb.caseworkflows.common.idempotency.web;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.Problem;
import uk.nhs.icb.caseworkflows.common.errors.ProblemClassifier;
import uk.nhs.icb.caseworkflows.common.idempotency.application.Claim;
import uk.nhs.icb.caseworkflows.common.idempotency.application.IdempotencyKeys;
import uk.nhs.icb.caseworkflows.common.idempotency.application.StoredResponse;
import uk.nhs.icb.caseworkflows.common.idempotency.domain.RequestFingerprint;

/**
 * A state-changing call that carries {@code Idempotency-Key} runs at most once per caller and key.
 * The same key with the same method, path and body gets the first answer again (status, body,
 * Location, marked {@code Idempotent-Replayed: true}); with anything else, 422; while the first is
 * still running, 409. The action runs in a transaction this filter opens after the role check, so
 * the answer is stored in the same commit as the action; an answer other than 2xx, or a failed
 * commit, rolls everything back and frees the key. Calls without the header are untouched.
 */
@Provider
@Priority(Priorities.USER)
@ApplicationScoped
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  static final String IN_FLIGHT = IdempotencyFilter.class.getName() + ".claim";
  private static final int CLAIM_TRIES = 5;
  private static final long PURGE_EVERY_MILLIS = 10 * 60 * 1000L;
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

  @Inject IdempotencyKeys keys;
  @Inject AuditTrail auditTrail;
  @Resource UserTransaction transaction;

  private final Jsonb jsonb = JsonbBuilder.create();
  private volatile long lastPurge;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    Principal caller = request.getSecurityContext().getUserPrincipal();
    if (key == null || caller == null || !CHANGING.contains(request.getMethod())) {
      return;
    }
    if (!wellFormed(key)) {
      request.abortWith(
          Problem.invalid(
                  List.of(new FieldError(HEADER, "must be 1 to 255 visible ASCII characters")))
              .toResponse());
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    URI uri = request.getUriInfo().getRequestUri();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Claim claim =
        claim(caller.getName(), key, RequestFingerprint.of(request.getMethod(), target, body));
    switch (claim.verdict()) {
      case PROCEED -> begin(request, claim);
      case REPLAY -> request.abortWith(replay(claim.replay(), request.getMethod(), target));
      case IN_FLIGHT ->
          request.abortWith(
              Problem.of(
                      Response.Status.CONFLICT,
                      "A request with this Idempotency-Key is still being processed."
                          + " Wait a moment, then send it again to get its answer.")
                  .toResponse());
      case DIFFERENT_REQUEST ->
          request.abortWith(
              Problem.of(
                      422,
                      "Unprocessable Content",
                      "This Idempotency-Key was already used for a different request."
                          + " Use a new key for a new request.")
                  .toResponse());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(IN_FLIGHT) instanceof Claim claim)) {
      return;
    }
    request.removeProperty(IN_FLIGHT);
    int status = response.getStatus();
    if (status < 200 || status >= 300) {
      rollBack(claim);
      return;
    }
    try {
      String body = serialised(response.getEntity());
      MediaType type =
          response.getMediaType() == null
              ? MediaType.APPLICATION_JSON_TYPE
              : response.getMediaType();
      Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
      keys.complete(
          claim.keyId(),
          claim.attempt(),
          new StoredResponse(
              status,
              body == null ? null : type.toString(),
              location == null ? null : location.toString(),
              body));
      transaction.commit();
      if (body != null) {
        response.setEntity(body, response.getEntityAnnotations(), type);
      }
    } catch (Exception failed) {
      rollBack(claim);
      Problem problem = ProblemClassifier.classify(failed).orElseGet(() -> unexpected(failed));
      response.setStatus(problem.status());
      response.getHeaders().remove(HttpHeaders.LOCATION);
      response.setEntity(problem, response.getEntityAnnotations(), Problem.PROBLEM_JSON);
    }
  }

  private Claim claim(String caller, String key, RequestFingerprint fingerprint) {
    purgeNowAndThen();
    RuntimeException last = null;
    for (int tries = 0; tries < CLAIM_TRIES; tries++) {
      try {
        return keys.claim(caller, key, fingerprint);
      } catch (RuntimeException concurrentClaim) {
        // Another request inserted the same new key first: look again and see its claim.
        last = concurrentClaim;
      }
    }
    throw last;
  }

  private void begin(ContainerRequestContext request, Claim claim) {
    try {
      transaction.begin();
      request.setProperty(IN_FLIGHT, claim);
    } catch (Exception cannotBegin) {
      keys.release(claim.keyId(), claim.attempt());
      throw new IllegalStateException("could not begin the action's transaction", cannotBegin);
    }
  }

  private Response replay(StoredResponse stored, String method, String target) {
    // The answer may show case data again: that is a read, and every read is audited.
    auditTrail.record(AuditEntry.read("IDEMPOTENT_REPLAY", null, null, method + " " + target));
    Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED, "true");
    if (stored.location() != null) {
      replay.header(HttpHeaders.LOCATION, stored.location());
    }
    if (stored.body() != null) {
      replay.entity(stored.body()).type(stored.contentType());
    }
    return replay.build();
  }

  /** Rolls back the keyed action still open on this thread, if any, and frees its key. */
  public void rollBack(Claim claim) {
    try {
      int status = transaction.getStatus();
      if (status != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception alreadyOver) {
      LOG.log(Level.FINE, "rollback after a failed keyed request", alreadyOver);
    }
    keys.release(claim.keyId(), claim.attempt());
  }

  private String serialised(Object entity) {
    if (entity == null) {
      return null;
    }
    return entity instanceof String text ? text : jsonb.toJson(entity);
  }

  private void purgeNowAndThen() {
    long now = System.currentTimeMillis();
    if (now - lastPurge < PURGE_EVERY_MILLIS) {
      return;
    }
    lastPurge = now;
    try {
      keys.purgeExpired();
    } catch (RuntimeException busy) {
      LOG.log(Level.FINE, "expired idempotency keys not purged this time", busy);
    }
  }

  private static Problem unexpected(Exception failed) {
    String incident = UUID.randomUUID().toString();
    LOG.log(
        Level.SEVERE,
        "Unexpected failure committing a keyed request, incident " + incident,
        failed);
    return Problem.of(
            500,
            "Internal Server Error",
            "Something went wrong on our side and the request was not completed. Quote the incident id if you contact support.")
        .withIncident(incident);
  }

  static boolean wellFormed(String key) {
    if (key.isEmpty() || key.length() > 255) {
      return false;
    }
    return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }
}
