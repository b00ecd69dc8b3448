package uk.nhs.icb.caseworkflows.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.security.application.IdentityProviderSettings;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * The sign-in form. The authentication mechanism checks a posted form (and its CSRF token) before
 * this page runs: a signed-in caller goes to their tasks, anyone else sees the form again with the
 * error summary. The page also says why someone is here: they signed out, or their session ended.
 * Where the ICB's identity provider is configured the page offers it (both) or goes straight to it
 * (provider only, unless the person has just signed out or timed out, who see why first).
 */
@WebServlet(SignInPage.PATH)
public class SignInPage extends HttpServlet {

  static final String PATH = "/login";
  private static final int SESSION_MINUTES = 30;

  @Inject private PageRenderer pages;
  @Inject private IdentityProviderSettings signInSettings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("username", "");
    if (signInSettings.provider()) {
      model.put("provider", request.getContextPath() + ProviderSignIn.START);
    }
    if (signInSettings.builtInAccounts()) {
      model.put("builtIn", true);
    }
    if (!signInSettings.builtInAccounts()
        && request.getParameter("signed-out") == null
        && request.getParameter("timeout") == null
        && !sessionExpired(request)) {
      response.sendRedirect(request.getContextPath() + ProviderSignIn.START);
      return;
    }
    if (request.getParameter("signed-out") != null) {
      model.put("notice", "You have signed out.");
    } else if (request.getParameter("timeout") != null || sessionExpired(request)) {
      model.put(
          "notice",
          "You were signed out after "
              + SESSION_MINUTES
              + " minutes of inactivity. Sign in again to carry on. Anything you had not saved was"
              + " lost.");
    }
    pages.render(request, response, PageView.of("Sign in", "app/sign-in", model));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() != null) {
      response.sendRedirect(request.getContextPath() + TasksPage.PATH);
      return;
    }
    String userName = request.getParameter("username");
    String password = request.getParameter("password");
    FormErrors errors = new FormErrors();
    if (userName == null || userName.isBlank()) {
      errors.add("username", "Enter your user name");
    }
    if (password == null || password.isEmpty()) {
      errors.add("password", "Enter your password");
    }
    if (errors.isEmpty()) {
      errors.add("username", "The user name or password is not right");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("username", userName == null ? "" : userName);
    model.put("builtIn", signInSettings.builtInAccounts());
    if (signInSettings.provider()) {
      model.put("provider", request.getContextPath() + ProviderSignIn.START);
    }
    pages.render(
        request,
        response,
        PageView.of("Sign in", "app/sign-in", model)
            .withErrors(errors)
            .withStatus(HttpServletResponse.SC_UNAUTHORIZED));
  }

  /** The browser sent a session cookie the server no longer knows: the session timed out. */
  private static boolean sessionExpired(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }
}
