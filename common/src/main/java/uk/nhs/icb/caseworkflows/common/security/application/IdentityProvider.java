package uk.nhs.icb.caseworkflows.common.security.application;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The configured OpenID Connect provider as this node knows it: its metadata, discovered on first
 * use and kept (tried again on the next use while the provider is down), and its signing keys. The
 * key set is nimbus's JWKSourceBuilder cache: kept 15 minutes, refreshed ahead of expiry, fetched
 * again (at most every 30 s) when a token names a key id not yet seen, so a key rollover at the
 * provider needs nothing here.
 */
@ApplicationScoped
public class IdentityProvider {

  private final IdentityProviderSettings settings;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final AtomicReference<ProviderMetadata> metadata = new AtomicReference<>();
  private final AtomicReference<JwtCheck> accessTokens = new AtomicReference<>();
  private final AtomicReference<JwtCheck> idTokens = new AtomicReference<>();

  @Inject
  public IdentityProvider(IdentityProviderSettings settings) {
    this.settings = settings;
  }

  protected IdentityProvider() {
    this.settings = null;
  }

  public IdentityProviderSettings settings() {
    return settings;
  }

  HttpClient client() {
    return client;
  }

  public ProviderMetadata metadata() throws ProviderMetadata.Unavailable {
    ProviderMetadata known = metadata.get();
    if (known == null) {
      known = ProviderMetadata.discover(client, settings.issuer());
      metadata.compareAndSet(null, known);
    }
    return known;
  }

  /** Checks a bearer token sent to the API. */
  public TokenOutcome checkAccessToken(String token) {
    try {
      return checks(accessTokens, settings.audience()).check(token);
    } catch (ProviderMetadata.Unavailable down) {
      return TokenOutcome.providerDown();
    }
  }

  JwtCheck idTokenCheck() throws ProviderMetadata.Unavailable {
    return checks(idTokens, settings.clientId());
  }

  private JwtCheck checks(AtomicReference<JwtCheck> holder, String audience)
      throws ProviderMetadata.Unavailable {
    JwtCheck check = holder.get();
    if (check == null) {
      check = new JwtCheck(rules().forAudience(audience), keys());
      holder.compareAndSet(null, check);
      check = holder.get();
    }
    return check;
  }

  private JWKSource<SecurityContext> keys() throws ProviderMetadata.Unavailable {
    String jwks =
        settings.jwksUri().isPresent() ? settings.jwksUri().get() : metadata().jwksUri().toString();
    try {
      return JWKSourceBuilder.create(new java.net.URL(jwks))
          .cache(Duration.ofMinutes(15).toMillis(), Duration.ofSeconds(10).toMillis())
          .refreshAheadCache(true)
          .rateLimited(Duration.ofSeconds(30).toMillis())
          .retrying(true)
          .build();
    } catch (MalformedURLException wrong) {
      throw new ProviderMetadata.Unavailable("the key set's address is not a URL", wrong);
    }
  }

  private TokenRules rules() {
    return new TokenRules(
        settings.issuer(),
        settings.audience(),
        settings.algorithms(),
        settings.roleClaims(),
        settings.userClaim(),
        settings.roleMapping());
  }
}
