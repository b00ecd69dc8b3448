package uk.nhs.icb.caseworkflows.common.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffAuthenticationMechanismTest {

  private static String basic(String userAndPassword) {
    return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicCredentialsAreSplitAtTheFirstColon() {
    Optional<UsernamePasswordCredential> credential =
        StaffAuthenticationMechanism.decode(basic("user:pass"));

    assertThat(credential)
        .hasValueSatisfying(
            c -> {
              assertThat(c.getCaller()).isEqualTo("user");
              assertThat(c.getPasswordAsString()).isEqualTo("pass");
            });
  }

  @Test
  void aPasswordMayContainColons() {
    Optional<UsernamePasswordCredential> credential =
        StaffAuthenticationMechanism.decode(basic("user:pa:ss"));

    assertThat(credential)
        .hasValueSatisfying(
            c -> {
              assertThat(c.getCaller()).isEqualTo("user");
              assertThat(c.getPasswordAsString()).isEqualTo("pa:ss");
            });
  }

  @Test
  void namesAndPasswordsAreReadAsUtf8() {
    Optional<UsernamePasswordCredential> credential =
        StaffAuthenticationMechanism.decode(basic("zoë.brontë:pässwörd£"));

    assertThat(credential)
        .hasValueSatisfying(
            c -> {
              assertThat(c.getCaller()).isEqualTo("zoë.brontë");
              assertThat(c.getPasswordAsString()).isEqualTo("pässwörd£");
            });
  }

  @Test
  void anEmptyPasswordIsPassedOnForTheIdentityStoreToRefuse() {
    assertThat(StaffAuthenticationMechanism.decode(basic("user:")))
        .hasValueSatisfying(c -> assertThat(c.getPasswordAsString()).isEmpty());
  }

  @Test
  void credentialsWithoutAColonAreRefused() {
    assertThat(StaffAuthenticationMechanism.decode(basic("userpass"))).isEmpty();
  }

  @Test
  void credentialsWithAnEmptyUserNameAreRefused() {
    assertThat(StaffAuthenticationMechanism.decode(basic(":secret"))).isEmpty();
  }

  @Test
  void somethingThatIsNotBase64IsRefused() {
    assertThat(StaffAuthenticationMechanism.decode("not base64!")).isEmpty();
    assertThat(StaffAuthenticationMechanism.decode("dXNlcjpwYXNz$")).isEmpty();
  }

  @Test
  void anEmptyHeaderValueIsRefused() {
    assertThat(StaffAuthenticationMechanism.decode("")).isEmpty();
  }
}
