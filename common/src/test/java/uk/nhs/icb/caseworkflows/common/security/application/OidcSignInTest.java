package uk.nhs.icb.caseworkflows.common.security.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.TokenOutcome.Result;
import uk.nhs.icb.caseworkflows.common.security.domain.RoleMapping;

/**
 * The code flow against a small provider made here (the JDK's HTTP server): discovery, keys, and a
 * token endpoint that checks the client secret and the PKCE verifier and takes each code once.
 */
class OidcSignInTest {

  private static final String CLIENT = "icb-case-workflows";
  private static final String SECRET = "s3cret";
  private static final String CALLBACK = "http://127.0.0.1:8080/login/callback";

  private HttpServer server;
  private String issuer;
  private RSAKey key;
  private OidcSignIn oidc;

  /** code → [nonce, code challenge]; removed when used. */
  private final Map<String, String[]> codes = new ConcurrentHashMap<>();

  private volatile String nonceOverride;
  private volatile List<String> groups = List.of("grp-handlers");

  @BeforeEach
  void provider() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/icb";
    server.createContext("/realms/icb/.well-known/openid-configuration", this::discovery);
    server.createContext("/realms/icb/keys", this::keys);
    server.createContext("/realms/icb/token", this::token);
    server.start();
    IdentityProviderSettings settings =
        new IdentityProviderSettings(
            IdentityProviderSettings.Mode.BOTH,
            issuer,
            CLIENT,
            SECRET,
            new RoleMapping(Map.of(Roles.COMPLAINTS_HANDLER, List.of("grp-handlers"))));
    oidc = new OidcSignIn(new IdentityProvider(settings));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void thePersonIsSignedInWithTheRolesTheirGroupsGive() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);
    Map<String, String> query = query(started.location());

    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", CLIENT)
        .containsEntry("redirect_uri", CALLBACK)
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("state", started.pending().state())
        .containsEntry("nonce", started.pending().nonce());
    assertThat(query.get("code_challenge"))
        .isEqualTo(OidcSignIn.challengeOf(started.pending().codeVerifier()))
        .isNotEqualTo(started.pending().codeVerifier());

    String code = browserSignsIn(query);
    OidcSignIn.Finished finished =
        oidc.finish(started.pending(), started.pending().state(), code, null);

    assertThat(finished.outcome().result()).isEqualTo(Result.ACCEPTED);
    assertThat(finished.outcome().name()).isEqualTo("j.bloggs");
    assertThat(finished.outcome().roles()).contains(Roles.COMPLAINTS_HANDLER);
    assertThat(finished.idToken()).isNotBlank();
  }

  @Test
  void aStateThatDoesNotMatchIsRefusedBeforeTheCodeIsUsed() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);
    String code = browserSignsIn(query(started.location()));

    assertThat(oidc.finish(started.pending(), "forged-state", code, null).outcome().result())
        .isEqualTo(Result.REFUSED);
    assertThat(oidc.finish(null, started.pending().state(), code, null).outcome().result())
        .as("nothing pending in this session")
        .isEqualTo(Result.REFUSED);
    assertThat(codes).as("the code was never sent to the provider").containsKey(code);
  }

  @Test
  void aReplayedCodeIsRefused() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);
    String code = browserSignsIn(query(started.location()));
    assertThat(
            oidc.finish(started.pending(), started.pending().state(), code, null)
                .outcome()
                .result())
        .isEqualTo(Result.ACCEPTED);

    OidcSignIn.Finished replay =
        oidc.finish(started.pending(), started.pending().state(), code, null);

    assertThat(replay.outcome().result()).isEqualTo(Result.REFUSED);
  }

  @Test
  void anIdTokenForAnotherSignInsNonceIsRefused() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);
    String code = browserSignsIn(query(started.location()));
    nonceOverride = "someone-elses-nonce";

    assertThat(
            oidc.finish(started.pending(), started.pending().state(), code, null)
                .outcome()
                .result())
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void aCodeWithoutTheRightVerifierIsRefusedByTheProvider() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);
    String code = browserSignsIn(query(started.location()));
    OidcSignIn.Pending stolen =
        new OidcSignIn.Pending(
            started.pending().state(), started.pending().nonce(), "not-the-verifier", CALLBACK);

    assertThat(oidc.finish(stolen, stolen.state(), code, null).outcome().result())
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void thePersonWithNoMappedGroupHasNoAccess() throws Exception {
    groups = List.of("finance");
    OidcSignIn.Started started = oidc.start(CALLBACK);
    String code = browserSignsIn(query(started.location()));

    assertThat(
            oidc.finish(started.pending(), started.pending().state(), code, null)
                .outcome()
                .result())
        .isEqualTo(Result.NO_ROLE);
  }

  @Test
  void theProviderSayingNoIsRefused() throws Exception {
    OidcSignIn.Started started = oidc.start(CALLBACK);

    assertThat(
            oidc.finish(started.pending(), started.pending().state(), null, "access_denied")
                .outcome()
                .result())
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void aProviderThatIsDownIsSaidToBeDownNeverASignIn() throws Exception {
    server.stop(0);

    assertThatThrownBy(() -> oidc.start(CALLBACK)).isInstanceOf(ProviderMetadata.Unavailable.class);
    OidcSignIn.Pending pending = new OidcSignIn.Pending("s", "n", "v", CALLBACK);
    assertThat(oidc.finish(pending, "s", "code", null).outcome().result())
        .isEqualTo(Result.PROVIDER_DOWN);
  }

  @Test
  void signOutAtTheProviderCarriesTheIdTokenAndTheWayBack() throws Exception {
    URI signOut =
        oidc.providerSignOut("the-id-token", "http://127.0.0.1:8080/login?signed-out=1")
            .orElseThrow();

    assertThat(signOut.toString()).startsWith(issuer + "/logout?");
    assertThat(query(signOut))
        .containsEntry("id_token_hint", "the-id-token")
        .containsEntry("post_logout_redirect_uri", "http://127.0.0.1:8080/login?signed-out=1");
  }

  /** What the provider's sign-in page does: remembers the request and hands back a code. */
  private String browserSignsIn(Map<String, String> authorisation) {
    String code = "code-" + codes.size() + "-" + System.nanoTime();
    codes.put(code, new String[] {authorisation.get("nonce"), authorisation.get("code_challenge")});
    return code;
  }

  private void discovery(HttpExchange exchange) throws IOException {
    respond(
        exchange,
        200,
        "{\"issuer\":\""
            + issuer
            + "\",\"authorization_endpoint\":\""
            + issuer
            + "/auth\",\"token_endpoint\":\""
            + issuer
            + "/token\",\"jwks_uri\":\""
            + issuer
            + "/keys\",\"end_session_endpoint\":\""
            + issuer
            + "/logout\"}");
  }

  private void keys(HttpExchange exchange) throws IOException {
    respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
  }

  private void token(HttpExchange exchange) throws IOException {
    String expectedClient =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    Map<String, String> form =
        parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String[] issued = codes.remove(form.getOrDefault("code", ""));
    if (!expectedClient.equals(exchange.getRequestHeaders().getFirst("Authorization"))
        || issued == null
        || !"authorization_code".equals(form.get("grant_type"))
        || !issued[1].equals(OidcSignIn.challengeOf(form.getOrDefault("code_verifier", "")))) {
      respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    respond(exchange, 200, "{\"id_token\":\"" + idToken(issued[0]) + "\"}");
  }

  private String idToken(String nonce) {
    try {
      Instant now = Instant.now();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
              new JWTClaimsSet.Builder()
                  .issuer(issuer)
                  .audience(CLIENT)
                  .subject("sub-1")
                  .claim("preferred_username", "j.bloggs")
                  .claim("groups", groups)
                  .claim("nonce", nonceOverride == null ? nonce : nonceOverride)
                  .issueTime(Date.from(now))
                  .expirationTime(Date.from(now.plusSeconds(300)))
                  .build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static Map<String, String> query(URI uri) {
    return parse(uri.getRawQuery());
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }
}
