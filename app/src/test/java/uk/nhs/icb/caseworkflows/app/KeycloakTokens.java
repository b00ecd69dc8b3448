package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens from the test Keycloak of the keycloak profile (127.0.0.1:18080, realm {@code icb}
 * from {@code src/test/keycloak/icb-realm.json}) by the client-credentials grant, as a service
 * calling the API would get them. Plain JDK HTTP, so tests outside that profile can ask whether it
 * is there.
 */
final class KeycloakTokens {

  static final String REALM = "http://127.0.0.1:18080/realms/icb";

  private KeycloakTokens() {}

  /** Whether the test Keycloak answers now (its discovery document). */
  static boolean reachable() {
    try {
      HttpResponse<Void> discovery =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return discovery.statusCode() == 200;
    } catch (IOException notThere) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** An access token for the client, by the client-credentials grant. */
  static String clientCredentials(String clientId, String secret) {
    HttpResponse<String> answer =
        Api.exchange(
            HttpClient.newHttpClient(),
            HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id="
                            + clientId
                            + "&client_secret="
                            + secret))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }
}
