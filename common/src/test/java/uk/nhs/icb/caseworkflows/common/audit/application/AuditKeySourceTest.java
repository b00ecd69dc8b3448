package uk.nhs.icb.caseworkflows.common.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;

class AuditKeySourceTest {

  private static final String KEY =
      Base64.getEncoder().encodeToString("a production key of at least 32 bytes!".getBytes());

  @Test
  void withNoKeyConfiguredTheDevelopmentKeyIsUsedAndSaysSo() {
    AuditKeySource source = AuditKeySource.resolve(Optional.empty(), Optional.of(" "));

    assertThat(source.development()).isTrue();
    assertThat(source.from()).isEqualTo("the development key");
  }

  @Test
  void aKeyFromConfigurationIsUsed() {
    AuditKeySource source = AuditKeySource.resolve(Optional.of(KEY), Optional.empty());

    assertThat(source.development()).isFalse();
    assertThat(source.seal().keyId())
        .isEqualTo(new AuditSeal("a production key of at least 32 bytes!".getBytes()).keyId())
        .isNotEqualTo(AuditKeySource.resolve(Optional.empty(), Optional.empty()).seal().keyId());
  }

  @Test
  void aKeyFileGivesTheSameKeyAsTheSameTextInConfiguration(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("audit.key");
    Files.writeString(file, KEY + "\n");

    AuditKeySource source = AuditKeySource.resolve(Optional.empty(), Optional.of(file.toString()));

    assertThat(source.development()).isFalse();
    assertThat(source.from()).isEqualTo("file " + file);
    assertThat(source.seal().keyId())
        .isEqualTo(AuditKeySource.resolve(Optional.of(KEY), Optional.empty()).seal().keyId());
  }

  @Test
  void aMissingFileAShortKeyTextThatIsNotBase64OrBothWaysAtOnceStopTheStart(@TempDir Path dir) {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(
            () ->
                AuditKeySource.resolve(
                    Optional.empty(), Optional.of(dir.resolve("none").toString())))
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> AuditKeySource.resolve(Optional.of(shortKey), Optional.empty()))
        .hasMessageContaining("has 16 bytes; it needs at least 32");
    assertThatThrownBy(() -> AuditKeySource.resolve(Optional.of("not*base64"), Optional.empty()))
        .hasMessageContaining("is not base64");
    assertThatThrownBy(() -> AuditKeySource.resolve(Optional.of(KEY), Optional.of("/x")))
        .hasMessageContaining("give the audit key one way only");
  }
}
