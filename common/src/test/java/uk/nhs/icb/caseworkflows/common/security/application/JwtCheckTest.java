package uk.nhs.icb.caseworkflows.common.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.TokenOutcome.Result;
import uk.nhs.icb.caseworkflows.common.security.domain.RoleMapping;

/** Tokens made here with keys made here: each way a bearer or ID token can be wrong is refused. */
class JwtCheckTest {

  private static final String ISSUER = "https://login.example-icb.nhs.uk/realms/icb";
  private static final String AUDIENCE = "icb-case-workflows";
  private static final String HANDLERS_GROUP = "6f1c2a40-0000-4000-8000-00000000c0de";
  private static final RSAKey PROVIDER_KEY = rsa("provider-key");
  private static final RSAKey OTHER_KEY = rsa("provider-key");

  private final TokenRules rules =
      new TokenRules(
          ISSUER,
          AUDIENCE,
          List.of("RS256"),
          List.of("groups", "realm_access.roles"),
          "preferred_username",
          new RoleMapping(Map.of(Roles.COMPLAINTS_HANDLER, List.of(HANDLERS_GROUP))));
  private final JwtCheck check =
      new JwtCheck(rules, new ImmutableJWKSet<>(new JWKSet(PROVIDER_KEY.toPublicJWK())));

  @Test
  void aGoodTokenGivesTheNameAndTheMappedRoles() {
    TokenOutcome outcome = check.check(signed(PROVIDER_KEY, claims -> claims));

    assertThat(outcome.result()).isEqualTo(Result.ACCEPTED);
    assertThat(outcome.name()).isEqualTo("j.bloggs");
    assertThat(outcome.roles())
        .containsExactlyInAnyOrder(Roles.COMPLAINTS_HANDLER, Roles.ANY_CASE_WORKER);
  }

  @Test
  void rolesAreReadFromANestedClaimAndARoleNamedAsItselfNeedsNoMapping() {
    TokenOutcome outcome =
        check.check(
            signed(
                PROVIDER_KEY,
                claims ->
                    claims
                        .claim("groups", null)
                        .claim("realm_access", Map.of("roles", List.of("ig-officer", "offline")))));

    assertThat(outcome.roles()).containsExactlyInAnyOrder(Roles.IG_OFFICER, Roles.ANY_CASE_WORKER);
  }

  @Test
  void anExpiredTokenIsRefused() {
    TokenOutcome outcome =
        check.check(
            signed(
                PROVIDER_KEY,
                claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(120)))));

    assertThat(outcome.result()).isEqualTo(Result.REFUSED);
    assertThat(outcome.reason()).containsIgnoringCase("expired");
  }

  @Test
  void aTokenSignedByAnotherKeyWithTheSameKeyIdIsRefused() {
    assertThat(check.check(signed(OTHER_KEY, claims -> claims)).result()).isEqualTo(Result.REFUSED);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    TokenOutcome outcome =
        check.check(signed(PROVIDER_KEY, claims -> claims.audience("another-application")));

    assertThat(outcome.result()).isEqualTo(Result.REFUSED);
    assertThat(outcome.reason()).contains("aud");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    assertThat(
            check
                .check(signed(PROVIDER_KEY, claims -> claims.issuer("https://evil.example")))
                .result())
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void anUnsignedAlgNoneTokenIsRefused() {
    String unsigned = new PlainJWT(claims(claims -> claims)).serialize();

    assertThat(check.check(unsigned).result()).isEqualTo(Result.REFUSED);
  }

  @Test
  void aTokenSignedWithAnAlgorithmNotConfiguredIsRefused() throws Exception {
    // HS256 keyed with something public, the classic confusion attack: never looked at.
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(claims -> claims));
    hmac.sign(new MACSigner(new byte[32]));

    assertThat(check.check(hmac.serialize()).result()).isEqualTo(Result.REFUSED);
  }

  @Test
  void garbageIsRefusedNotAnError() {
    for (String garbage : List.of("", "abc", "a.b.c", "eyJhbGciOiJSUzI1NiJ9..", "\u0000")) {
      assertThat(check.check(garbage).result()).as(garbage).isEqualTo(Result.REFUSED);
    }
  }

  @Test
  void aTokenWithoutTheRolesClaimGivesNoAccess() {
    TokenOutcome outcome =
        check.check(signed(PROVIDER_KEY, claims -> claims.claim("groups", null)));

    assertThat(outcome.result()).isEqualTo(Result.NO_ROLE);
    assertThat(outcome.roles()).isEmpty();
  }

  @Test
  void aTokenWhoseGroupsMapToNoRoleGivesNoAccess() {
    TokenOutcome outcome =
        check.check(
            signed(PROVIDER_KEY, claims -> claims.claim("groups", List.of("finance", "hr"))));

    assertThat(outcome.result()).isEqualTo(Result.NO_ROLE);
  }

  @Test
  void aRoleNamedInTheTokenButMappedToAGroupIdIsNotGivenByItsName() {
    TokenOutcome outcome =
        check.check(
            signed(
                PROVIDER_KEY, claims -> claims.claim("groups", List.of(Roles.COMPLAINTS_HANDLER))));

    assertThat(outcome.result()).isEqualTo(Result.NO_ROLE);
  }

  @Test
  void anIdTokenMustCarryTheNonceOfThisSignIn() {
    String token = signed(PROVIDER_KEY, claims -> claims.claim("nonce", "n-1"));

    assertThat(check.check(token, Optional.of("n-1")).result()).isEqualTo(Result.ACCEPTED);
    assertThat(check.check(token, Optional.of("n-2")).result()).isEqualTo(Result.REFUSED);
    assertThat(check.check(signed(PROVIDER_KEY, claims -> claims), Optional.of("n-1")).result())
        .isEqualTo(Result.REFUSED);
  }

  @Test
  void aProviderWhoseKeysCannotBeFetchedIsDownNotARefusalNorAnError() {
    JWKSource<SecurityContext> unreachable =
        (selector, context) -> {
          throw new KeySourceException("connection refused");
        };
    JwtCheck withoutKeys = new JwtCheck(rules, unreachable);

    assertThat(withoutKeys.check(signed(PROVIDER_KEY, claims -> claims)).result())
        .isEqualTo(Result.PROVIDER_DOWN);
  }

  @Test
  void theReasonNeverQuotesTheToken() {
    String token =
        signed(
            PROVIDER_KEY,
            claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(600))));

    assertThat(check.check(token).reason()).doesNotContain(token.substring(token.indexOf('.')));
  }

  private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims(change));
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    return change
        .apply(
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("7d3e-subject")
                .claim("preferred_username", "j.bloggs")
                .claim("groups", List.of(HANDLERS_GROUP, "unmapped-group"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))))
        .build();
  }

  private static RSAKey rsa(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (Exception cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }
}
