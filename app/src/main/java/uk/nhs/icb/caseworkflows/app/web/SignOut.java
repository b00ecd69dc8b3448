package uk.nhs.icb.caseworkflows.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.security.application.OidcSignIn;
import uk.nhs.icb.caseworkflows.common.security.web.StaffSessions;

/**
 * Ends the session on a POST with the CSRF token (a link could be triggered by another site),
 * recorded in the audit trail, and returns to sign in, which confirms it. Someone who signed in
 * through the provider is sent to the provider's sign-out too, where it offers one, and comes back
 * to the same confirmation.
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

  @Inject private StaffSessions sessions;
  @Inject private OidcSignIn oidc;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    Optional<String> idToken = sessions.end(request);
    String signedOut = request.getContextPath() + SignInPage.PATH + "?signed-out=1";
    Optional<URI> atProvider =
        idToken.flatMap(token -> oidc.providerSignOut(token, absolute(request, signedOut)));
    response.sendRedirect(atProvider.map(URI::toString).orElse(signedOut));
  }

  private static String absolute(HttpServletRequest request, String path) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length()) + path;
  }
}
