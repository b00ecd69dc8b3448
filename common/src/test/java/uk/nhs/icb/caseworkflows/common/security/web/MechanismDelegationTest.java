package uk.nhs.icb.caseworkflows.common.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.application.IdentityProvider;
import uk.nhs.icb.caseworkflows.common.security.application.PasswordSignIn;
import uk.nhs.icb.caseworkflows.common.security.application.SignInFailureTally;
import uk.nhs.icb.caseworkflows.common.security.application.SignInThrottle;
import uk.nhs.icb.caseworkflows.common.security.application.TestSettings;

/**
 * Which way in the one mechanism takes for each request, by configuration: a bearer token only
 * where a provider is configured, Basic and the form only where built-in accounts are on, and the
 * challenges an anonymous API client is told. The provider here is a closed port: a token sent to
 * it is "provider down", 503, never a sign-in.
 */
class MechanismDelegationTest {

  @Test
  void withBuiltInAccountsOnlyABearerTokenIsNotLookedAtAndGetsTheBasicChallenge() {
    Exchange exchange = new Exchange("/api/tasks", "Bearer eyJhbGciOiJub25lIn0.e30.");

    AuthenticationStatus status =
        mechanism("built-in")
            .validateRequest(exchange.request(), exchange.response(), exchange.context());

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(exchange.status).isEqualTo(401);
    assertThat(exchange.headers.get("WWW-Authenticate"))
        .singleElement()
        .asString()
        .startsWith("Basic");
  }

  @Test
  void withTheProviderOnlyBasicIsRefusedUnchecked() {
    Exchange exchange =
        new Exchange(
            "/api/tasks",
            "Basic " + java.util.Base64.getEncoder().encodeToString("ig-officer:demo".getBytes()));

    mechanism("oidc").validateRequest(exchange.request(), exchange.response(), exchange.context());

    assertThat(exchange.status).isEqualTo(401);
    assertThat(exchange.body.toString()).contains("bearer token");
    assertThat(exchange.headers.get("WWW-Authenticate"))
        .singleElement()
        .asString()
        .startsWith("Bearer");
  }

  @Test
  void aTokenWhileTheProviderIsDownIs503NeverASignIn() {
    Exchange exchange = new Exchange("/api/tasks", "Bearer a.b.c");

    AuthenticationStatus status =
        mechanism("both")
            .validateRequest(exchange.request(), exchange.response(), exchange.context());

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(exchange.status).isEqualTo(503);
    assertThat(exchange.headers).containsKey("Retry-After");
    assertThat(exchange.loggedIn).isFalse();
  }

  @Test
  void anAnonymousApiClientIsToldEveryWayItMayAuthenticate() {
    Exchange exchange = new Exchange("/api/tasks", null);

    mechanism("both").validateRequest(exchange.request(), exchange.response(), exchange.context());

    assertThat(exchange.headers.get("WWW-Authenticate"))
        .anyMatch(challenge -> challenge.startsWith("Basic"))
        .anyMatch(challenge -> challenge.startsWith("Bearer"));
  }

  @Test
  void withTheProviderOnlyTheSignInFormIsNotChecked() {
    Exchange exchange = new Exchange("/login", null);
    exchange.method = "POST";
    exchange.parameters.put("username", "ig-officer");
    exchange.parameters.put("password", "demo");

    AuthenticationStatus status =
        mechanism("oidc")
            .validateRequest(exchange.request(), exchange.response(), exchange.context());

    assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    assertThat(exchange.loggedIn).isFalse();
  }

  private static StaffAuthenticationMechanism mechanism(String mode) {
    SignInFailureTally tally = new SignInFailureTally();
    IdentityProvider provider =
        new IdentityProvider(TestSettings.of(mode, "http://127.0.0.1:1/realms/none"));
    PasswordSignIn passwords =
        new PasswordSignIn(
            name -> Optional.empty(),
            TestSettings.hashing(),
            new SignInThrottle(Clock.systemUTC(), 5, "PT15M"),
            tally,
            Clock.systemUTC(),
            "PT5M");
    return new StaffAuthenticationMechanism(passwords, provider, tally, null);
  }

  /** A request, its response and the container's context, as plain recorded values. */
  private static final class Exchange {
    final String path;
    final String authorization;
    String method = "GET";
    final Map<String, String> parameters = new HashMap<>();
    final Map<String, List<String>> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
    int status = 200;
    boolean loggedIn;

    Exchange(String path, String authorization) {
      this.path = path;
      this.authorization = authorization;
    }

    HttpServletRequest request() {
      return proxy(
          HttpServletRequest.class,
          (name, args) ->
              switch (name) {
                case "getRequestURI" -> path;
                case "getContextPath" -> "";
                case "getHeader" ->
                    "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                case "getMethod" -> method;
                case "getParameter" -> parameters.get((String) args[0]);
                case "getRemoteAddr" -> "192.0.2.10";
                default -> null;
              });
    }

    HttpServletResponse response() {
      return proxy(
          HttpServletResponse.class,
          (name, args) -> {
            switch (name) {
              case "setHeader" ->
                  headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
              case "addHeader" ->
                  headers
                      .computeIfAbsent((String) args[0], any -> new ArrayList<>())
                      .add((String) args[1]);
              case "setStatus" -> status = (Integer) args[0];
              case "getWriter" -> {
                return new PrintWriter(body);
              }
              default -> {}
            }
            return null;
          });
    }

    HttpMessageContext context() {
      return proxy(
          HttpMessageContext.class,
          (name, args) ->
              switch (name) {
                case "doNothing" -> AuthenticationStatus.NOT_DONE;
                case "isProtected" -> false;
                case "notifyContainerAboutLogin" -> {
                  loggedIn = true;
                  yield AuthenticationStatus.SUCCESS;
                }
                default -> null;
              });
    }

    private interface Answer {
      Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
      return type.cast(
          Proxy.newProxyInstance(
              type.getClassLoader(),
              new Class<?>[] {type},
              (self, method, args) -> answer.answer(method.getName(), args)));
    }
  }
}
