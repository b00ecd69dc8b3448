package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * A one-time banner for the page after a redirect ("Task claimed"): kept in the session by the POST
 * that did the work and shown, then forgotten, by the next page rendered. A success is green; a
 * notice (for example a colleague was quicker) uses the blue important banner.
 */
public record Flash(String message, boolean success) implements Serializable {

  private static final String ATTRIBUTE = Flash.class.getName();

  public static void success(HttpServletRequest request, String message) {
    request.getSession(true).setAttribute(ATTRIBUTE, new Flash(message, true));
  }

  public static void notice(HttpServletRequest request, String message) {
    request.getSession(true).setAttribute(ATTRIBUTE, new Flash(message, false));
  }

  /** The waiting banner, removed from the session so it shows once. */
  public static Optional<Flash> take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object flash = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return flash instanceof Flash waiting ? Optional.of(waiting) : Optional.empty();
  }
}
