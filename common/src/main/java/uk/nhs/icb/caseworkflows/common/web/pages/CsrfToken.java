package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The synchroniser token of a session: one random value kept in the session and sent back by every
 * form as the hidden field {@value #FIELD}. A page of another site cannot read it, so it cannot
 * make a signed-in browser post a form that passes {@link #isValid}.
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
    String sent = request.getParameter(FIELD);
    if (sent == null) {
      sent = fromFormPart(request);
    }
    return sent != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
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
