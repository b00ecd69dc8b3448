package uk.nhs.icb.caseworkflows.common.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.persistence.FaultBeforeCommit;

/**
 * Lets a test arm {@link FaultBeforeCommit} for one request with the header {@code X-Test-Fault:
 * before-commit}. It does nothing unless {@code app.test.fault-injection=true} and {@code
 * app.profile=development}: a production server ignores the header.
 */
@WebFilter(filterName = "test-fault-injection", urlPatterns = "/*")
public class FaultInjectionHeader extends HttpFilter {

  public static final String HEADER = "X-Test-Fault";
  public static final String BEFORE_COMMIT = "before-commit";

  @Inject
  @ConfigProperty(name = "app.test.fault-injection", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  String profile;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean armed =
        enabled
            && "development".equalsIgnoreCase(profile)
            && BEFORE_COMMIT.equals(request.getHeader(HEADER));
    if (!armed) {
      chain.doFilter(request, response);
      return;
    }
    FaultBeforeCommit.arm(true);
    try {
      chain.doFilter(request, response);
    } finally {
      FaultBeforeCommit.arm(false);
    }
  }
}
