package uk.nhs.icb.caseworkflows.common.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.TokenOutcome.Result;
import uk.nhs.icb.caseworkflows.common.security.domain.RoleMapping;

/**
 * The provider-side classes against a real Keycloak with the test realm (app's
 * src/test/keycloak/icb-realm.json), without an application server: run with {@code
 * -Dkeycloak.issuer=http://127.0.0.1:18080/realms/icb} while Keycloak runs; skipped otherwise. The
 * container test {@code KeycloakSignInIT} does the same through the application.
 */
@EnabledIfSystemProperty(named = "keycloak.issuer", matches = "http.+")
class KeycloakProviderTest {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final String CALLBACK = "http://127.0.0.1:9/login/callback";

  private final String issuer = System.getProperty("keycloak.issuer");
  private final IdentityProvider provider =
      new IdentityProvider(
          new IdentityProviderSettings(
              IdentityProviderSettings.Mode.BOTH,
              issuer,
              "icb-case-workflows",
              "icb-test-only-secret",
              new RoleMapping(Map.of())));
  private final OidcSignIn oidc = new OidcSignIn(provider);

  @Test
  void clientCredentialsTokensAreJudgedByAudienceAndGroups() throws Exception {
    TokenOutcome service =
        provider.checkAccessToken(token("icb-service", "icb-service-test-only-secret"));
    assertThat(service.result()).as(service.reason()).isEqualTo(Result.ACCEPTED);
    assertThat(service.name()).isEqualTo("service-account-icb-service");
    assertThat(service.roles()).contains(Roles.IG_OFFICER);

    assertThat(
            provider
                .checkAccessToken(token("icb-service-no-role", "icb-service-test-only-secret"))
                .result())
        .isEqualTo(Result.NO_ROLE);
    assertThat(
            provider
                .checkAccessToken(token("another-application", "another-test-only-secret"))
                .result())
        .as("no audience for this application")
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void aPersonSignsInThroughKeycloaksFormAndTheAnswerCannotBeReplayed() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);
    Map<String, String> answer = signInAtKeycloak(started.location(), "kc-chc-panel", "demo");

    OidcSignIn.Finished finished =
        oidc.finish(started.pending(), answer.get("state"), answer.get("code"), null);

    assertThat(finished.outcome().result())
        .as(finished.outcome().reason())
        .isEqualTo(Result.ACCEPTED);
    assertThat(finished.outcome().name()).isEqualTo("kc-chc-panel");
    assertThat(finished.outcome().roles()).contains(Roles.CHC_PANEL, Roles.ANY_CASE_WORKER);
    assertThat(
            oidc.finish(started.pending(), answer.get("state"), answer.get("code"), null)
                .outcome()
                .result())
        .as("the same code again")
        .isEqualTo(Result.REFUSED);
    assertThat(oidc.providerSignOut(finished.idToken(), "http://127.0.0.1:9/login"))
        .hasValueSatisfying(uri -> assertThat(uri.toString()).startsWith(issuer));
  }

  @Test
  void aPersonWithoutAMappedGroupHasNoAccess() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);
    Map<String, String> answer = signInAtKeycloak(started.location(), "kc-no-role", "demo");

    assertThat(
            oidc.finish(started.pending(), answer.get("state"), answer.get("code"), null)
                .outcome()
                .result())
        .isEqualTo(Result.NO_ROLE);
  }

  private String token(String client, String secret) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id="
                                + client
                                + "&client_secret="
                                + secret))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  /** Keycloak's sign-in page filled in; gives the state and code it sends the browser back with. */
  private static Map<String, String> signInAtKeycloak(URI authorise, String user, String password)
      throws Exception {
    // Keycloak marks its cookies Secure, which Java's CookieManager then keeps from plain HTTP,
    // so they are carried by hand, as a browser does for 127.0.0.1.
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(authorise).build(), HttpResponse.BodyHandlers.ofString());
    String cookies =
        page.headers().allValues("Set-Cookie").stream()
            .map(cookie -> cookie.split(";", 2)[0])
            .collect(java.util.stream.Collectors.joining("; "));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    Matcher action = FORM_ACTION.matcher(page.body());
    assertThat(action.find()).isTrue();
    HttpResponse<String> back =
        browser.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(user, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
    URI location = URI.create(back.headers().firstValue("Location").orElseThrow());
    assertThat(location.toString()).startsWith(CALLBACK);
    Map<String, String> query = new HashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      int equals = pair.indexOf('=');
      query.put(
          pair.substring(0, equals),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return query;
  }
}
