package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every error response (RFC 9457). {@code errors} is present only for invalid input;
 * {@code incident} only for unexpected failures, so that a support call can find the log entry.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null);
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem(
        "about:blank",
        "Bad Request",
        400,
        "The request has invalid fields; correct them and try again.",
        List.copyOf(errors),
        null);
  }

  public Problem withIncident(String incidentId) {
    return new Problem(type, title, status, detail, errors, incidentId);
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this).build();
  }
}
