package uk.nhs.icb.caseworkflows.common.security.application;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's endpoints, read from its discovery document ({@code
 * <issuer>/.well-known/openid-configuration}, OpenID Connect Discovery 1.0). The document must name
 * the configured issuer exactly, so that a look-alike cannot hand out its own endpoints.
 */
public record ProviderMetadata(
    URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, Optional<URI> endSessionEndpoint) {

  /** The provider could not be reached, or answered something that is not its metadata. */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static ProviderMetadata discover(HttpClient client, String issuer) throws Unavailable {
    URI document = URI.create(issuer + "/.well-known/openid-configuration");
    try {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new Unavailable("discovery answered " + answer.statusCode(), null);
      }
      return parse(answer.body(), issuer);
    } catch (IOException unreachable) {
      throw new Unavailable("discovery failed: " + unreachable.getMessage(), unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new Unavailable("discovery interrupted", interrupted);
    }
  }

  static ProviderMetadata parse(String json, String issuer) throws Unavailable {
    try {
      Map<String, Object> metadata = JSONObjectUtils.parse(json);
      if (!issuer.equals(JSONObjectUtils.getString(metadata, "issuer"))) {
        throw new Unavailable("the discovery document names another issuer", null);
      }
      return new ProviderMetadata(
          URI.create(required(metadata, "authorization_endpoint")),
          URI.create(required(metadata, "token_endpoint")),
          URI.create(required(metadata, "jwks_uri")),
          Optional.ofNullable(JSONObjectUtils.getString(metadata, "end_session_endpoint"))
              .map(URI::create));
    } catch (ParseException | RuntimeException notMetadata) {
      throw new Unavailable("the discovery document could not be read", notMetadata);
    }
  }

  private static String required(Map<String, Object> metadata, String name) throws ParseException {
    String value = JSONObjectUtils.getString(metadata, name);
    if (value == null) {
      throw new ParseException("no " + name, 0);
    }
    return value;
  }
}
