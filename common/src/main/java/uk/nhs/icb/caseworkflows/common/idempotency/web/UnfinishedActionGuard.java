package uk.nhs.icb.caseworkflows.common.idempotency.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import uk.nhs.icb.caseworkflows.common.idempotency.application.Claim;

/**
 * The safety net under {@link IdempotencyFilter}: if the REST layer never ran the response filter
 * (a failure no exception mapper could answer), the keyed action's transaction would stay open on
 * this pooled thread and its key stay claimed. Here, after the request, whatever is left is rolled
 * back and the key freed. (JAX-RS request properties are the servlet request's attributes.)
 */
@WebFilter(filterName = "unfinished-keyed-action-guard", urlPatterns = "/api/*")
public class UnfinishedActionGuard extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(UnfinishedActionGuard.class.getName());

  @Inject IdempotencyFilter idempotency;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      if (request.getAttribute(IdempotencyFilter.IN_FLIGHT) instanceof Claim claim) {
        request.removeAttribute(IdempotencyFilter.IN_FLIGHT);
        LOG.warning("A keyed action ended without its answer; rolled back and its key freed");
        idempotency.rollBack(claim);
      }
    }
  }
}
