package uk.nhs.icb.caseworkflows.common.security.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a JWT from the provider with nimbus-jose-jwt: a signature by a key of the provider's set
 * (an unsigned {@code alg: none} token, or one signed with an algorithm not configured, is refused
 * before any key is looked at), the issuer exactly, the audience, the expiry and not-before with a
 * minute's leeway for clocks, then the roles. Used for access tokens on the API and, with the
 * client id as audience and the nonce of the sign-in, for ID tokens.
 */
public final class JwtCheck {

  private static final int CLOCK_SKEW_SECONDS = 60;

  private final TokenRules rules;
  private final ConfigurableJWTProcessor<SecurityContext> processor;

  public JwtCheck(TokenRules rules, JWKSource<SecurityContext> keys) {
    this.rules = rules;
    this.processor = processor(rules, keys);
  }

  public TokenOutcome check(String token) {
    return check(token, Optional.empty());
  }

  /** With a nonce, the token must carry exactly it (an ID token answering this sign-in). */
  public TokenOutcome check(String token, Optional<String> nonce) {
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (KeySourceException unreachable) {
      return TokenOutcome.providerDown();
    } catch (ParseException | BadJOSEException | JOSEException refused) {
      return TokenOutcome.refused(reasonOf(refused));
    }
    if (nonce.isPresent() && !nonce.get().equals(claims.getClaim("nonce"))) {
      return TokenOutcome.refused("the nonce does not match this sign-in");
    }
    String name =
        Optional.ofNullable(stringClaim(claims, rules.userClaim())).orElse(claims.getSubject());
    Set<String> roles = rules.roles().rolesFor(roleValues(claims));
    if (roles.isEmpty()) {
      return TokenOutcome.noRole(name);
    }
    return TokenOutcome.accepted(name, roles);
  }

  private static ConfigurableJWTProcessor<SecurityContext> processor(
      TokenRules rules, JWKSource<SecurityContext> keys) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    // Access tokens are typed "at+jwt" (RFC 9068) by some providers, "JWT" or not at all by others.
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    Set<JWSAlgorithm> algorithms =
        rules.algorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toSet());
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
    DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier =
        // Mutable sets: nimbus asks them whether they contain null, which Set.of answers with a
        // NullPointerException (Payara's own nimbus 10.5, which the server loads first, does ask).
        new DefaultJWTClaimsVerifier<>(
            new HashSet<>(List.of(rules.audience())),
            new JWTClaimsSet.Builder().issuer(rules.issuer()).build(),
            new HashSet<>(List.of("exp", "sub")),
            new HashSet<>());
    claimsVerifier.setMaxClockSkew(CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(claimsVerifier);
    return processor;
  }

  private Collection<String> roleValues(JWTClaimsSet claims) {
    List<String> values = new ArrayList<>();
    for (String path : rules.roleClaims()) {
      Object value = claims.getClaims();
      for (String part : path.split("\\.")) {
        value = value instanceof Map<?, ?> map ? map.get(part) : null;
      }
      if (value instanceof String single) {
        values.add(single);
      } else if (value instanceof Collection<?> many) {
        many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
      }
    }
    return values;
  }

  private static String stringClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String text && !text.isBlank() ? text : null;
  }

  /** Nimbus's messages name the check that failed and never quote the token. */
  private static String reasonOf(Exception refused) {
    String message = refused.getMessage();
    return message == null ? refused.getClass().getSimpleName() : message;
  }
}
