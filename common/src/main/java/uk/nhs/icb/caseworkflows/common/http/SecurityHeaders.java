package uk.nhs.icb.caseworkflows.common.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-facing defences on every answer, set before anything is written so that even an error
 * page carries them. Scripts and styles come only from this site's own files: no inline code, so an
 * injected {@code <script>} would not run. HSTS only when the request itself came over TLS, since a
 * browser ignores it otherwise and a development start on plain HTTP must stay usable.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      // Case data must not linger in shared or browser caches.
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
