package uk.nhs.icb.caseworkflows.app;

import java.util.function.Function;

/**
 * Who sends a workflow's calls as a role: Basic credentials on every call (the workflow ITs, whose
 * users are named after their roles) or each role's signed-in session (the proofs that make many
 * calls, where a password check per call would cost seconds). The states classes drive cases
 * through either.
 */
interface Callers {

  Api.Answer get(String role, String path);

  Api.Answer post(String role, String path, String json);

  /** A body of any bytes with its Content-Type, such as a document. */
  Api.Answer postRaw(String role, String path, String contentType, byte[] body);

  static Callers basic(Api api) {
    return new Callers() {
      @Override
      public Api.Answer get(String role, String path) {
        return api.get(role, path);
      }

      @Override
      public Api.Answer post(String role, String path, String json) {
        return api.post(role, path, json);
      }

      @Override
      public Api.Answer postRaw(String role, String path, String contentType, byte[] body) {
        return api.postRaw(role, path, contentType, body);
      }
    };
  }

  static Callers sessions(Function<String, StaffSession> sessions) {
    return new Callers() {
      @Override
      public Api.Answer get(String role, String path) {
        return sessions.apply(role).get(path);
      }

      @Override
      public Api.Answer post(String role, String path, String json) {
        return sessions.apply(role).post(path, json);
      }

      @Override
      public Api.Answer postRaw(String role, String path, String contentType, byte[] body) {
        return sessions.apply(role).postRaw(path, contentType, body, false);
      }
    };
  }
}
