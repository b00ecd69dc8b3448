package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The synchroniser token of a session: one random value kept in the session and sent back by every
 * form as the hidden field {@value #FIELD}. A page of another site cannot read it, so it cannot
 * make a signed-in browser post a form that passes {@link #isValid}. Two checks beside it, as
 * defence in depth: the token counts only in the form's body (one in the address would end up in
 * logs, history and Referer headers, and a form that put it there is not ours), and a post a
 * browser says came from another site (its Origin, or without one its Referer, names another host)
 * is refused even with a token.
 */
public final class CsrfToken {

  public static final String FIELD = "csrfToken";
  private static final String ATTRIBUTE = CsrfToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_PART_BYTES = 256;

  private CsrfToken() {}

  /** The session's token, made on first use. */
  public static String of(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(ATTRIBUTE);
      if (token instanceof String existing) {
        return existing;
      }
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, created);
      return created;
    }
  }

  /** Whether the request carries its session's token; without a session it never does. */
  public static boolean isValid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
      return false;
    }
    if (!comesFromThisSite(request) || carriedInTheAddress(request)) {
      return false;
    }
    String sent = request.getParameter(FIELD);
    if (sent == null) {
      sent = fromFormPart(request);
    }
    return sent != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * False when the browser says the request came from a page of another host: its Origin header
   * (or, without one, its Referer) names a host other than the one the request was sent to. Hosts
   * only, not schemes or ports: behind a proxy that ends TLS the server sees http and its own port
   * while the browser says https. Without either header (a client that is not a browser, an old
   * browser) the token alone decides; {@code Origin: null} (a post from a page whose referrer
   * policy withholds it, a sandboxed frame, a redirect from elsewhere) is another site: this
   * service's own pages send {@code Referrer-Policy: same-origin}, so their posts name their
   * origin.
   */
  static boolean comesFromThisSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String from = origin != null ? origin : request.getHeader("Referer");
    if (from == null) {
      return true;
    }
    try {
      String host = new URI(from.trim()).getHost();
      return host != null && host.equalsIgnoreCase(request.getServerName());
    } catch (URISyntaxException notAnAddress) {
      return false;
    }
  }

  /** Whether the token field appears in the query string, whatever the body carries. */
  static boolean carriedInTheAddress(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return false;
    }
    for (String pair : query.split("&")) {
      String name = pair.split("=", 2)[0];
      try {
        if (FIELD.equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
          return true;
        }
      } catch (IllegalArgumentException malformed) {
        // A name that does not decode is not the token's: the parameter parser drops it too.
      }
    }
    return false;
  }

  /**
   * The token as a part of a multipart/form-data form (a form with a file), for a container that
   * does not offer form parts as parameters; null if there is none.
   */
  private static String fromFormPart(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    try {
      Part part = request.getPart(FIELD);
      if (part == null || part.getSize() > MAX_PART_BYTES) {
        return null;
      }
      try (InputStream in = part.getInputStream()) {
        return new String(in.readNBytes(MAX_PART_BYTES), StandardCharsets.UTF_8);
      }
    } catch (IOException | ServletException | IllegalStateException notAForm) {
      // Not parseable as a form here (no multipart configuration, or over its limits): no token.
      return null;
    }
  }
}
