package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper of the REST API: whatever a resource throws leaves as a problem. An
 * unexpected failure is logged with a fresh incident id that the client also receives, so support
 * can join the two without the client ever seeing the internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    return ProblemClassifier.classify(thrown).orElseGet(() -> unexpected(thrown)).toResponse();
  }

  private static Problem unexpected(Throwable thrown) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
    return Problem.of(
            500,
            "Internal Server Error",
            "Something went wrong on our side and the request was not completed. Quote the incident id if you contact support.")
        .withIncident(incident);
  }
}
