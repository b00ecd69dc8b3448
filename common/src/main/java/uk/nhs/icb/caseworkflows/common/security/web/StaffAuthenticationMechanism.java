package uk.nhs.icb.caseworkflows.common.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.http.ProblemResponses;
import uk.nhs.icb.caseworkflows.common.security.application.IdentityProvider;
import uk.nhs.icb.caseworkflows.common.security.application.PasswordSignIn;
import uk.nhs.icb.caseworkflows.common.security.application.SignInFailureTally;
import uk.nhs.icb.caseworkflows.common.security.application.SignInOutcome;
import uk.nhs.icb.caseworkflows.common.security.application.TokenOutcome;
import uk.nhs.icb.caseworkflows.common.web.pages.CsrfToken;

/**
 * One mechanism for every kind of caller, because Jakarta Security 3 allows only one per
 * application; it delegates by what the request carries. REST clients send a bearer token from the
 * ICB's identity provider (when one is configured) or HTTP Basic credentials of a built-in account
 * (when those are on) with every call to {@code /api}; people sign in through the provider or with
 * the form at {@code /login} and stay signed in for their session, which also carries them into the
 * API. Credentials sent with a call always win over a session, and a Basic call never creates one
 * (so {@code @AutoApplySession}, which does the opposite, is not used). Passwords are checked by
 * {@link PasswordSignIn} (cache of recently verified credentials, dummy hash, bounded hashing,
 * throttle per name and source), not by an identity store.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PATH = "/login";
  public static final String REALM = "ICB Case Workflows";
  static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
  static final String BEARER_CHALLENGE = "Bearer realm=\"" + REALM + "\"";

  private final PasswordSignIn passwords;
  private final IdentityProvider provider;
  private final SignInFailureTally refusals;
  private final StaffSessions sessions;

  @Inject
  public StaffAuthenticationMechanism(
      PasswordSignIn passwords,
      IdentityProvider provider,
      SignInFailureTally refusals,
      StaffSessions sessions) {
    this.passwords = passwords;
    this.provider = provider;
    this.refusals = refusals;
    this.sessions = sessions;
  }

  protected StaffAuthenticationMechanism() {
    this(null, null, null, null);
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.equals("/api") || path.startsWith("/api/");
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null) {
      if (provider.settings().provider() && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return bearer(authorization.substring(7).trim(), request, response, context);
      }
      if (!provider.settings().builtInAccounts()) {
        challenge(response);
        ApiAuthenticationProblem.write(response, 401, "Unauthorized", "Send a bearer token.");
        return AuthenticationStatus.SEND_FAILURE;
      }
      return basic(request, response, context);
    }
    if (path.equals(LOGIN_PATH)
        && "POST".equals(request.getMethod())
        && provider.settings().builtInAccounts()) {
      return form(request, response, context);
    }
    Optional<SignedInStaff> signedIn = SignedInStaff.of(request.getSession(false));
    if (signedIn.isPresent()) {
      return context.notifyContainerAboutLogin(signedIn.get().name(), signedIn.get().roles());
    }
    if (api) {
      // Anonymous API call: whatever it is answered, tell the client how to authenticate. (A
      // header set later by the REST layer on its 401 does not survive Payara's pipeline.)
      challenge(response);
      return context.doNothing();
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PATH);
    }
    return context.doNothing();
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    TokenOutcome outcome = provider.checkAccessToken(token);
    switch (outcome.result()) {
      case ACCEPTED:
        return context.notifyContainerAboutLogin(outcome.name(), outcome.roles());
      case NO_ROLE:
        ApiAuthenticationProblem.write(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "Forbidden",
            "Your account has no role in ICB Case Workflows. Ask the service desk for access.");
        return AuthenticationStatus.SEND_FAILURE;
      case PROVIDER_DOWN:
        response.setHeader("Retry-After", "30");
        ApiAuthenticationProblem.write(
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            "Service Unavailable",
            "The identity provider cannot be reached to check the token. Try again shortly.");
        return AuthenticationStatus.SEND_FAILURE;
      default:
        refusals.count(request.getRemoteAddr());
        response.setHeader("WWW-Authenticate", BEARER_CHALLENGE + ", error=\"invalid_token\"");
        ApiAuthenticationProblem.write(
            response, 401, "Unauthorized", "The bearer token is refused: " + outcome.reason());
        return AuthenticationStatus.SEND_FAILURE;
    }
  }

  /** Tells an anonymous API client each way it may authenticate here. */
  private void challenge(HttpServletResponse response) {
    if (provider.settings().builtInAccounts()) {
      response.setHeader("WWW-Authenticate", CHALLENGE);
    }
    if (provider.settings().provider()) {
      response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
    }
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    Optional<UsernamePasswordCredential> credential =
        header.regionMatches(true, 0, "Basic ", 0, 6)
            ? decode(header.substring(6).trim())
            : Optional.empty();
    if (credential.isPresent()) {
      SignInOutcome outcome =
          passwords.attempt(
              credential.get().getCaller(),
              credential.get().getPassword().getValue(),
              request.getRemoteAddr());
      credential.get().getPassword().clear();
      switch (outcome.result()) {
        case ACCEPTED:
          return context.notifyContainerAboutLogin(outcome.userName(), outcome.groups());
        case THROTTLED:
          ApiAuthenticationProblem.tooManyFailures(response, outcome.retryAfter());
          return AuthenticationStatus.SEND_FAILURE;
        case BUSY:
          ApiAuthenticationProblem.busy(response, outcome.retryAfter());
          return AuthenticationStatus.SEND_FAILURE;
        default:
          break;
      }
    }
    ApiAuthenticationProblem.write(response, "The user name or password is not right.");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus form(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String userName = request.getParameter("username");
    String password = request.getParameter("password");
    if (userName == null || password == null || userName.isBlank()) {
      return context.doNothing();
    }
    if (!CsrfToken.isValid(request)) {
      // A sign-in form posted from elsewhere (login CSRF): stay anonymous; the CSRF filter refuses.
      return context.doNothing();
    }
    SignInOutcome outcome =
        passwords.attempt(userName, password.toCharArray(), request.getRemoteAddr());
    if (outcome.result() == SignInOutcome.Result.THROTTLED) {
      // Refused without looking at the password, so guessing gets no answer.
      ApiAuthenticationProblem.tooManyFailures(response, outcome.retryAfter());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (outcome.result() == SignInOutcome.Result.BUSY) {
      ApiAuthenticationProblem.busy(response, outcome.retryAfter());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!outcome.accepted()) {
      // The sign-in page sees an anonymous request and shows the error.
      return context.doNothing();
    }
    sessions.begin(request, outcome.userName(), outcome.groups(), StaffSessions.HOW_FORM, null);
    return context.notifyContainerAboutLogin(outcome.userName(), outcome.groups());
  }

  static Optional<UsernamePasswordCredential> decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** Writes the 401 problem for an API call itself, so no HTML error page can replace it. */
  static final class ApiAuthenticationProblem {

    private ApiAuthenticationProblem() {}

    static void write(HttpServletResponse response, String detail) {
      response.setHeader("WWW-Authenticate", CHALLENGE);
      write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    static void busy(HttpServletResponse response, Duration retryAfter) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
      write(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Service Unavailable",
          "Sign-in is busy. Try again in a few seconds.");
    }

    static void tooManyFailures(HttpServletResponse response, Duration retryAfter) {
      long seconds = Math.max(1, retryAfter.toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      write(
          response,
          429,
          "Too Many Requests",
          "Too many failed sign-ins for this user name from here. Try again in "
              + Math.max(1, (seconds + 59) / 60)
              + " minutes, or ask the service desk to help.");
    }

    static void write(HttpServletResponse response, int status, String title, String detail) {
      try {
        ProblemResponses.write(response, status, title, detail);
      } catch (IOException clientGone) {
        // Nothing to tell a client that has gone away.
      }
    }
  }
}
