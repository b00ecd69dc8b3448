package uk.nhs.icb.caseworkflows.common.security.application;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A person's sign-in through the provider: the authorisation code flow with PKCE (S256), a state
 * that ties the answer to this browser's session and a nonce that ties the ID token to this
 * sign-in. {@link #start} gives the provider's address to send the browser to and what the session
 * must keep; {@link #finish} checks the answer, swaps the code for tokens (with the client secret
 * and the PKCE verifier) and checks the ID token. A pending sign-in is used once: a replayed answer
 * finds nothing pending, and a replayed code is refused by the provider.
 */
@ApplicationScoped
public class OidcSignIn {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

  private final IdentityProvider provider;

  @Inject
  public OidcSignIn(IdentityProvider provider) {
    this.provider = provider;
  }

  protected OidcSignIn() {
    this(null);
  }

  /** What the session keeps between sending the browser away and its return. */
  public record Pending(String state, String nonce, String codeVerifier, String redirectUri)
      implements Serializable {}

  /** Where to send the browser, and what to keep until it comes back. */
  public record Started(URI location, Pending pending) {}

  /** The judged ID token, and the token itself for the provider's sign-out (never logged). */
  public record Finished(TokenOutcome outcome, String idToken) {}

  public Started start(String redirectUri) throws ProviderMetadata.Unavailable {
    Pending pending = new Pending(random(), random(), random() + random(), redirectUri);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", provider.settings().clientId());
    query.put("redirect_uri", redirectUri);
    query.put("scope", "openid profile");
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", challengeOf(pending.codeVerifier()));
    query.put("code_challenge_method", "S256");
    URI endpoint = provider.metadata().authorizationEndpoint();
    String separator = endpoint.getRawQuery() == null ? "?" : "&";
    return new Started(URI.create(endpoint + separator + form(query)), pending);
  }

  /**
   * @param pending what the session kept, or null when it kept nothing (a replay, another browser)
   * @param state, code, error the parameters the provider sent the browser back with
   */
  public Finished finish(Pending pending, String state, String code, String error) {
    if (pending == null || state == null || !constantTimeEquals(pending.state(), state)) {
      return new Finished(
          TokenOutcome.refused("the state does not match a sign-in begun here"), null);
    }
    if (error != null || code == null || code.isBlank()) {
      return new Finished(TokenOutcome.refused("the provider did not sign the person in"), null);
    }
    try {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("grant_type", "authorization_code");
      body.put("code", code);
      body.put("redirect_uri", pending.redirectUri());
      body.put("code_verifier", pending.codeVerifier());
      HttpResponse<String> answer =
          provider
              .client()
              .send(
                  HttpRequest.newBuilder(provider.metadata().tokenEndpoint())
                      .timeout(Duration.ofSeconds(10))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("Authorization", clientAuthorisation())
                      .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() >= 500) {
        return new Finished(TokenOutcome.providerDown(), null);
      }
      if (answer.statusCode() != 200) {
        return new Finished(
            TokenOutcome.refused("the provider refused the code (" + answer.statusCode() + ")"),
            null);
      }
      Optional<String> idToken = idTokenOf(answer.body());
      if (idToken.isEmpty()) {
        return new Finished(TokenOutcome.refused("the provider sent no ID token"), null);
      }
      TokenOutcome outcome =
          provider.idTokenCheck().check(idToken.get(), Optional.of(pending.nonce()));
      return new Finished(outcome, idToken.get());
    } catch (ProviderMetadata.Unavailable | IOException down) {
      return new Finished(TokenOutcome.providerDown(), null);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Finished(TokenOutcome.providerDown(), null);
    }
  }

  /** The provider's sign-out address for this ID token, where the provider offers one. */
  public Optional<URI> providerSignOut(String idToken, String afterSignOut) {
    try {
      return provider
          .metadata()
          .endSessionEndpoint()
          .map(
              endpoint -> {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("id_token_hint", idToken);
                query.put("client_id", provider.settings().clientId());
                query.put("post_logout_redirect_uri", afterSignOut);
                String separator = endpoint.getRawQuery() == null ? "?" : "&";
                return URI.create(endpoint + separator + form(query));
              });
    } catch (ProviderMetadata.Unavailable down) {
      return Optional.empty();
    }
  }

  static String challengeOf(String verifier) {
    try {
      return URL_SAFE.encodeToString(
          MessageDigest.getInstance("SHA-256")
              .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException everyJdkHasIt) {
      throw new IllegalStateException(everyJdkHasIt);
    }
  }

  private String clientAuthorisation() {
    // client_secret_basic: both parts form-encoded first (RFC 6749 section 2.3.1).
    String pair =
        URLEncoder.encode(provider.settings().clientId(), StandardCharsets.UTF_8)
            + ":"
            + URLEncoder.encode(provider.settings().clientSecret(), StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> idTokenOf(String json) {
    try {
      return Optional.ofNullable(
          JSONObjectUtils.getString(JSONObjectUtils.parse(json), "id_token"));
    } catch (java.text.ParseException | RuntimeException notJson) {
      return Optional.empty();
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return URL_SAFE.encodeToString(bytes);
  }

  private static boolean constantTimeEquals(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
