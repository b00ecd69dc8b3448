package uk.nhs.icb.caseworkflows.app;

import java.util.function.Function;

/**
 * Cases brought, through the API, to the state an endpoint needs: the port between a workflow's
 * states (complaints, CHC, IFR, the platform's shared endpoints) and the proofs that call endpoints
 * on real cases (the authorisation matrix's allowed cells, the valid twins of hostile requests).
 * Each {@link #prepare} makes a fresh case (or fresh sub-record) that nothing else touches, so a
 * change it allows may be made exactly once.
 */
interface RealCases {

  /** Whether this workflow's states can make ready a call of the matrix row {@code entry}. */
  boolean covers(AuthorisationMatrix.Entry entry);

  /**
   * Whether a fresh case for {@code entry} can be made again and again on one server: not so where
   * the thing the call changes is raised once (an IFR policy signal, once a window per treatment).
   */
  default boolean preparesAgain(AuthorisationMatrix.Entry entry) {
    return true;
  }

  /**
   * A call of {@code entry} by {@code role} (a role the matrix allows), on a case freshly brought
   * to the state the call needs, that must succeed: its path under the server's root (with "api/"),
   * its valid body, the status it must give and what its answer must show.
   *
   * @param sessions a signed-in session per role name (as in the matrix's header)
   */
  Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions);

  /**
   * A call made ready: method and path (query included) under the server's root, the body and its
   * type ({@code null} for none), the status it must give, and a check of its answer that returns
   * what is wrong with it, or {@code null} when it is right (a body naming the case, a letter that
   * is a PDF).
   *
   * <p>{@code caseType} and {@code caseId} name the case the call changes (for the hostile twins'
   * state snapshots); {@code caseId} is {@code null} for a call that names no case.
   */
  record Ready(
      String method,
      String path,
      String contentType,
      byte[] body,
      int expectedStatus,
      Function<Api.Answer, String> check,
      String caseType,
      String caseId) {

    /** Sends the call as {@code session} with one header more (the test-only fault, say). */
    Api.Answer send(StaffSession session, String header, String value) {
      return session.send(
          path,
          request -> {
            request.header(header, value);
            if (method.equals("GET")) {
              return request.GET();
            }
            return request
                .header("Content-Type", contentType == null ? "application/json" : contentType)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                        body == null ? new byte[0] : body));
          });
    }

    /** Sends the call as {@code session}. */
    Api.Answer send(StaffSession session) {
      if (method.equals("GET")) {
        return session.get(path);
      }
      return session.postRaw(
          path,
          contentType == null ? "application/json" : contentType,
          body == null ? new byte[0] : body,
          false);
    }
  }
}
