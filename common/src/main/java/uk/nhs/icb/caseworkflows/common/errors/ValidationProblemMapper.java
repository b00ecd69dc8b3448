package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of a request as a problem with each field. Needed beside {@link
 * ProblemMapper}: Jersey's own mapper for ValidationException is a closer match than Throwable and
 * would otherwise answer with its own body.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException violations) {
    return Problem.invalid(ProblemClassifier.fieldErrors(violations)).toResponse();
  }
}
