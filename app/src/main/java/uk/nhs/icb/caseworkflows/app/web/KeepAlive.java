package uk.nhs.icb.caseworkflows.app.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in": the request itself restarts the session's 30 minutes. 204 while signed in, 401
 * once the session has gone (left unprotected on purpose, so the script gets a status rather than a
 * redirect to the sign-in page).
 */
@WebServlet("/session/keep-alive")
public class KeepAlive extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    boolean signedIn = request.getUserPrincipal() != null && request.getSession(false) != null;
    response.setStatus(
        signedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
  }
}
