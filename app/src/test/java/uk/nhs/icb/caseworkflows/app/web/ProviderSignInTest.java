package uk.nhs.icb.caseworkflows.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.application.IdentityProvider;
import uk.nhs.icb.caseworkflows.common.security.application.IdentityProviderSettings;
import uk.nhs.icb.caseworkflows.common.security.application.OidcSignIn;
import uk.nhs.icb.caseworkflows.common.security.application.SignInFailureTally;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * A provider that is down, as a person meets it: the servlet's own answer at both ends of the code
 * flow is the "Sign-in is unavailable" page with 503 and {@code Retry-After}, never a 500, a
 * redirect somewhere, or a session. The provider is an address where nothing listens, so the real
 * discovery request fails as it would.
 */
class ProviderSignInTest {

  private final Map<String, Object> sessionAttributes = new HashMap<>();
  private final Map<String, String> headers = new HashMap<>();
  private final Map<String, String> parameters = new HashMap<>();
  private final PageView[] rendered = new PageView[1];
  private final String[] redirectedTo = new String[1];
  private int status;
  private boolean sessionMade;
  private ProviderSignIn servlet;

  @BeforeEach
  void servletWithAProviderThatIsDown() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Map<String, String> config =
        Map.of(
            "app.security.sign-in.mode", "oidc",
            "app.security.oidc.issuer", "http://127.0.0.1:" + closedPort + "/realms/icb",
            "app.security.oidc.client-id", "icb-case-workflows",
            "app.security.oidc.client-secret", "secret");
    IdentityProviderSettings settings = new IdentityProviderSettings(config(config));
    servlet = new ProviderSignIn();
    inject("settings", settings);
    inject("oidc", new OidcSignIn(new IdentityProvider(settings)));
    inject("sessions", null);
    inject("refusals", new SignInFailureTally());
    inject("configuredRedirectUri", Optional.empty());
    inject(
        "pages",
        new PageRenderer() {
          @Override
          public void render(
              HttpServletRequest request, HttpServletResponse response, PageView page) {
            rendered[0] = page;
            status = page.status();
          }
        });
  }

  @Test
  void startingSignInWhileTheProviderIsDownShowsTheUnavailablePage() throws IOException {
    servlet.doGet(request("/login/oidc"), response());

    assertUnavailablePage();
    assertThat(sessionMade).as("nothing pending is kept").isFalse();
  }

  @Test
  void comingBackWhileTheProviderIsDownShowsTheUnavailablePageAndSignsNobodyIn()
      throws IOException {
    sessionAttributes.put(
        ProviderSignIn.class.getName() + ".pending",
        new OidcSignIn.Pending("the-state", "n", "v", "http://127.0.0.1/login/callback"));
    parameters.put("state", "the-state");
    parameters.put("code", "a-code");

    servlet.doGet(request("/login/callback"), response());

    assertUnavailablePage();
    assertThat(sessionAttributes).as("the pending sign-in is used up, nothing added").isEmpty();
  }

  private void assertUnavailablePage() {
    assertThat(redirectedTo[0]).isNull();
    assertThat(status).isEqualTo(503);
    assertThat(headers).containsEntry("Retry-After", "30");
    assertThat(rendered[0].title()).isEqualTo("Sign-in is unavailable");
    String html =
        new PageTemplates(getClass().getClassLoader())
            .render(rendered[0].template(), rendered[0].model());
    assertThat(html).contains("Sign-in is unavailable").contains("cannot be reached at the moment");
  }

  private void inject(String field, Object value) throws ReflectiveOperationException {
    // The servlet's dependencies are injected into its fields by the container.
    Field f = ProviderSignIn.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(servlet, value);
  }

  private static Config config(Map<String, String> values) {
    return (Config)
        Proxy.newProxyInstance(
            ProviderSignInTest.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getOptionalValue" -> Optional.ofNullable(values.get((String) args[0]));
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private HttpSession session() {
    return (HttpSession)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> sessionAttributes.get((String) args[0]);
                  case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> sessionAttributes.remove((String) args[0]);
                  case "invalidate" -> {
                    sessionAttributes.clear();
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private HttpServletRequest request(String servletPath) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getServletPath" -> servletPath;
                  case "getContextPath" -> "";
                  case "getRequestURI" -> servletPath;
                  case "getRequestURL" -> new StringBuffer("http://127.0.0.1:8080" + servletPath);
                  case "getParameter" -> parameters.get((String) args[0]);
                  case "getRemoteAddr" -> "127.0.0.1";
                  case "getSession" -> {
                    boolean create = args == null || (Boolean) args[0];
                    if (sessionAttributes.isEmpty() && !create) {
                      yield null;
                    }
                    sessionMade |= create;
                    yield session();
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "sendRedirect" -> {
                    redirectedTo[0] = (String) args[0];
                    yield null;
                  }
                  case "setStatus" -> {
                    status = (Integer) args[0];
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
