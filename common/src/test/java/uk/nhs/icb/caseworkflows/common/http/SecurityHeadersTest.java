package uk.nhs.icb.caseworkflows.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The content security policy, with and without an identity provider to sign out at. */
class SecurityHeadersTest {

  @Test
  void withoutAProviderFormsMayOnlyPostHere() {
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .contains("form-action 'self';")
        .contains("script-src 'self';");
  }

  @Test
  void theProvidersOriginAloneJoinsFormActionSoSignOutCanGoOnToIt() {
    String policy =
        SecurityHeaders.policy(
            SecurityHeaders.originOf("https://login.microsoftonline.com/tenant-id/v2.0"));

    assertThat(policy)
        .contains("form-action 'self' https://login.microsoftonline.com;")
        .contains("script-src 'self';")
        .contains("connect-src 'self';")
        .doesNotContain("tenant-id");
    assertThat(SecurityHeaders.originOf("http://127.0.0.1:18080/realms/icb"))
        .contains("http://127.0.0.1:18080");
    assertThat(SecurityHeaders.originOf("not a url")).isEmpty();
  }
}
