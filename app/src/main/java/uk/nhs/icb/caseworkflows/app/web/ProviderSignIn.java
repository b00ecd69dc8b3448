package uk.nhs.icb.caseworkflows.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.security.application.IdentityProviderSettings;
import uk.nhs.icb.caseworkflows.common.security.application.OidcSignIn;
import uk.nhs.icb.caseworkflows.common.security.application.ProviderMetadata;
import uk.nhs.icb.caseworkflows.common.security.application.SignInFailureTally;
import uk.nhs.icb.caseworkflows.common.security.application.TokenOutcome;
import uk.nhs.icb.caseworkflows.common.security.web.StaffSessions;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * Sign-in through the ICB's OpenID Connect provider: {@code /login/oidc} sends the browser to the
 * provider, {@code /login/callback} is where it comes back. A person the provider signs in but
 * whose groups give no role here sees the no-access page and is not signed in; a provider that
 * cannot be reached gives a page saying so (503), never a way past sign-in.
 */
@WebServlet({ProviderSignIn.START, ProviderSignIn.CALLBACK})
public class ProviderSignIn extends HttpServlet {

  static final String START = "/login/oidc";
  static final String CALLBACK = "/login/callback";
  private static final String PENDING = ProviderSignIn.class.getName() + ".pending";

  @Inject private IdentityProviderSettings settings;
  @Inject private OidcSignIn oidc;
  @Inject private StaffSessions sessions;
  @Inject private SignInFailureTally refusals;
  @Inject private PageRenderer pages;

  // Optional: MicroProfile Config treats an empty default as no value and fails the deployment.
  @Inject
  @ConfigProperty(name = "app.security.oidc.redirect-uri")
  private Optional<String> configuredRedirectUri;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!settings.provider()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (request.getServletPath().equals(START)) {
      start(request, response);
    } else {
      callback(request, response);
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OidcSignIn.Started started;
    try {
      started = oidc.start(redirectUri(request));
    } catch (ProviderMetadata.Unavailable down) {
      unavailable(request, response);
      return;
    }
    request.getSession(true).setAttribute(PENDING, started.pending());
    response.sendRedirect(started.location().toString());
  }

  private void callback(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    OidcSignIn.Pending pending = null;
    if (session != null && session.getAttribute(PENDING) instanceof OidcSignIn.Pending kept) {
      pending = kept;
      // Used once: the same answer sent again finds nothing pending.
      session.removeAttribute(PENDING);
    }
    OidcSignIn.Finished finished =
        oidc.finish(
            pending,
            request.getParameter("state"),
            request.getParameter("code"),
            request.getParameter("error"));
    TokenOutcome outcome = finished.outcome();
    switch (outcome.result()) {
      case ACCEPTED -> {
        sessions.begin(
            request,
            outcome.name(),
            outcome.roles(),
            StaffSessions.HOW_PROVIDER,
            finished.idToken());
        response.sendRedirect(request.getContextPath() + TasksPage.PATH);
      }
      case NO_ROLE -> {
        if (session != null) {
          session.invalidate();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", outcome.name());
        pages.render(
            request,
            response,
            PageView.of("You do not have access", "app/no-access", model)
                .withStatus(HttpServletResponse.SC_FORBIDDEN));
      }
      case PROVIDER_DOWN -> unavailable(request, response);
      default -> {
        refusals.count(request.getRemoteAddr());
        Map<String, Object> model = new HashMap<>();
        model.put("startAgain", request.getContextPath() + START);
        pages.render(
            request,
            response,
            PageView.of("Sign-in did not finish", "app/sign-in-refused", model)
                .withStatus(HttpServletResponse.SC_UNAUTHORIZED));
      }
    }
  }

  private void unavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Retry-After", "30");
    pages.render(
        request,
        response,
        PageView.of("Sign-in is unavailable", "app/sign-in-unavailable", new HashMap<>())
            .withStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE));
  }

  private String redirectUri(HttpServletRequest request) {
    if (configuredRedirectUri.isPresent() && !configuredRedirectUri.get().isBlank()) {
      return configuredRedirectUri.get().trim();
    }
    String base = request.getRequestURL().toString();
    return base.substring(0, base.length() - request.getRequestURI().length())
        + request.getContextPath()
        + CALLBACK;
  }
}
