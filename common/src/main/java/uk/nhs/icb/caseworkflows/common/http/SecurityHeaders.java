package uk.nhs.icb.caseworkflows.common.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.security.application.IdentityProviderSettings;

/**
 * The browser-facing defences on every answer, set before anything is written so that even an error
 * page carries them. Scripts and styles come only from this site's own files: no inline code, so an
 * injected {@code <script>} would not run. HSTS only when the request itself came over TLS, since a
 * browser ignores it otherwise and a development start on plain HTTP must stay usable. With an
 * identity provider configured, its origin joins {@code form-action}: signing out is a form post
 * whose answer sends the browser on to the provider's sign-out, and browsers hold a form's
 * redirects to {@code form-action} too (Chromium refused to leave the page without it).
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  public static final String CONTENT_SECURITY_POLICY = policy(Optional.empty());

  @Inject private IdentityProviderSettings signIn;
  private volatile String contentSecurityPolicy;

  /** The policy, with the provider's origin (scheme, host and port) allowed as a form's target. */
  static String policy(Optional<String> providerOrigin) {
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
        + " form-action 'self'"
        + providerOrigin.map(origin -> " " + origin).orElse("")
        + "; frame-ancestors 'none'";
  }

  /** The origin of an issuer URL, or nothing when it has none. */
  static Optional<String> originOf(String issuer) {
    try {
      URI uri = URI.create(issuer);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(
          uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    } catch (IllegalArgumentException notAUrl) {
      return Optional.empty();
    }
  }

  private String contentSecurityPolicy() {
    String known = contentSecurityPolicy;
    if (known == null) {
      known =
          signIn != null && signIn.provider()
              ? policy(originOf(signIn.issuer()))
              : CONTENT_SECURITY_POLICY;
      contentSecurityPolicy = known;
    }
    return known;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: addresses (which hold case ids) still never reach another
    // site, and the browser names this site as the Origin of its own form posts, which the CSRF
    // check compares (under no-referrer a browser sends "Origin: null" even for those).
    response.setHeader("Referrer-Policy", "same-origin");
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
