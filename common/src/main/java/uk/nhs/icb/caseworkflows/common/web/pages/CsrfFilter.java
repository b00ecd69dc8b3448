package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Refuses any page request that could change something (every method but GET, HEAD and OPTIONS)
 * unless it carries the session's {@link CsrfToken}, with a 403 page that asks the user to go back
 * and try again. The REST API under {@code /api} is left alone: it authenticates every call with
 * Basic credentials, which a browser never adds to another site's request by itself.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject private PageRenderer pages;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isProtected(request) && !CsrfToken.isValid(request)) {
      pages.render(
          request,
          response,
          new PageView("This page has expired", "common/expired", Map.of(), 403));
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isProtected(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/api") || path.startsWith("/api/"));
  }
}
