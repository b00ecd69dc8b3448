package uk.nhs.icb.caseworkflows.common.security.application;

import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.security.domain.RoleMapping;

/**
 * Settings and hashing for tests of other packages, where the package-private makers are not seen.
 */
public final class TestSettings {

  private TestSettings() {}

  public static IdentityProviderSettings of(String mode, String issuer) {
    return new IdentityProviderSettings(
        IdentityProviderSettings.Mode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_')),
        issuer,
        "icb-case-workflows",
        "secret",
        new RoleMapping(Map.of()));
  }

  public static PasswordHashing hashing() {
    return new PasswordHashing(new PasswordSignInTest.CountingHash(), 1, "PT1S");
  }
}
