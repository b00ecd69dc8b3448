package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.domain.RoleMapping;

/**
 * How people and services sign in, from MicroProfile Config (README, "Signing in through the ICB's
 * identity provider"): {@code app.security.sign-in.mode} is {@code built-in} (the default: the
 * application's own accounts only), {@code oidc} (the OpenID Connect provider only) or {@code
 * both}; the provider's issuer URL, client id and secret, the audience its access tokens carry for
 * this application, the claims holding groups or roles and, per role, the values that give it.
 */
@ApplicationScoped
public class IdentityProviderSettings {

  public enum Mode {
    BUILT_IN,
    OIDC,
    BOTH
  }

  private final Mode mode;
  private final String issuer;
  private final String clientId;
  private final String clientSecret;
  private final String audience;
  private final Optional<String> jwksUri;
  private final List<String> roleClaims;
  private final String userClaim;
  private final List<String> algorithms;
  private final RoleMapping roleMapping;

  @Inject
  public IdentityProviderSettings(Config config) {
    this.mode =
        Mode.valueOf(
            config
                .getOptionalValue("app.security.sign-in.mode", String.class)
                .orElse("built-in")
                .trim()
                .toUpperCase(Locale.ROOT)
                .replace('-', '_'));
    this.issuer = withoutTrailingSlash(text(config, "app.security.oidc.issuer", ""));
    this.clientId = text(config, "app.security.oidc.client-id", "");
    this.clientSecret = text(config, "app.security.oidc.client-secret", "");
    this.audience = text(config, "app.security.oidc.audience", clientId);
    this.jwksUri = config.getOptionalValue("app.security.oidc.jwks-uri", String.class);
    this.roleClaims = list(text(config, "app.security.oidc.role-claims", "groups,roles"));
    this.userClaim = text(config, "app.security.oidc.user-claim", "preferred_username");
    this.algorithms = list(text(config, "app.security.oidc.algorithms", "RS256"));
    Map<String, List<String>> valuesOfRole = new LinkedHashMap<>();
    for (String role : Roles.ALL) {
      config
          .getOptionalValue("app.security.oidc.roles." + role, String.class)
          .ifPresent(values -> valuesOfRole.put(role, list(values)));
    }
    this.roleMapping = new RoleMapping(valuesOfRole);
    if (mode != Mode.BUILT_IN && (issuer.isEmpty() || clientId.isEmpty())) {
      throw new IllegalStateException(
          "app.security.sign-in.mode="
              + mode
              + " needs app.security.oidc.issuer and app.security.oidc.client-id");
    }
  }

  /** Settings given outright, for tests of the sign-in flows. */
  IdentityProviderSettings(
      Mode mode, String issuer, String clientId, String clientSecret, RoleMapping roleMapping) {
    this.mode = mode;
    this.issuer = issuer;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.audience = clientId;
    this.jwksUri = Optional.empty();
    this.roleClaims = List.of("groups", "roles");
    this.userClaim = "preferred_username";
    this.algorithms = List.of("RS256");
    this.roleMapping = roleMapping;
  }

  protected IdentityProviderSettings() {
    this.mode = Mode.BUILT_IN;
    this.issuer = null;
    this.clientId = null;
    this.clientSecret = null;
    this.audience = null;
    this.jwksUri = Optional.empty();
    this.roleClaims = List.of();
    this.userClaim = null;
    this.algorithms = List.of();
    this.roleMapping = null;
  }

  /**
   * Made when the application starts, so that a mode without its provider, or a role mapping that
   * names no role, stops the deployment instead of failing every request.
   */
  void checkedAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Constructing the bean ran the checks.
  }

  public boolean builtInAccounts() {
    return mode != Mode.OIDC;
  }

  public boolean provider() {
    return mode != Mode.BUILT_IN;
  }

  public Mode mode() {
    return mode;
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public String audience() {
    return audience;
  }

  public Optional<String> jwksUri() {
    return jwksUri;
  }

  public List<String> roleClaims() {
    return roleClaims;
  }

  public String userClaim() {
    return userClaim;
  }

  public List<String> algorithms() {
    return algorithms;
  }

  public RoleMapping roleMapping() {
    return roleMapping;
  }

  private static String text(Config config, String key, String fallback) {
    return config.getOptionalValue(key, String.class).map(String::trim).orElse(fallback);
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(value -> !value.isEmpty())
        .toList();
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
