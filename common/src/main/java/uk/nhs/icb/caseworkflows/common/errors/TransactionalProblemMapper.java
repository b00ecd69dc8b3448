package uk.nhs.icb.caseworkflows.common.errors;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A use case whose transaction failed as it ended (the database refused the commit) leaves as a
 * problem like any other failure. Needed beside {@link ProblemMapper}: Jersey brings its own mapper
 * for TransactionalException, which rethrows what it cannot unwrap, and the client then got the
 * server's HTML error page instead of problem+json. The priority makes this one Jersey's choice.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

  private final ProblemMapper problems = new ProblemMapper();

  @Override
  public Response toResponse(TransactionalException failed) {
    return problems.toResponse(failed);
  }
}
