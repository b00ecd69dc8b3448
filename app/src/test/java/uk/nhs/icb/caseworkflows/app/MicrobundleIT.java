package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The packaged bundle ({@code java -jar icb-case-workflows-microbundle.jar}) carries the pre-boot
 * commands that turn HTTP/2 over plain HTTP off, so nobody has to remember a flag: Payara Micro
 * runs {@code MICRO-INF/pre-boot-commands.txt} from its own jar at every start. No server here;
 * CrashConsistencyIT starts the bundle without the flag and checks a client offering HTTP/2 gets
 * HTTP/1.1.
 */
class MicrobundleIT {

  @Test
  void theBundleCarriesThePreBootCommandsThatTurnH2cOff() throws IOException {
    File bundle =
        new File(System.getProperty("icb.bundle", "target/icb-case-workflows-microbundle.jar"));
    assertThat(bundle).as("built by mvn package").exists();
    String source = Files.readString(Path.of("src", "main", "payara", "pre-boot-commands.txt"));
    assertThat(source).contains("http2-enabled=false");

    try (JarFile jar = new JarFile(bundle)) {
      ZipEntry commands = jar.getEntry("MICRO-INF/pre-boot-commands.txt");
      assertThat(commands).as("MICRO-INF/pre-boot-commands.txt in the bundle").isNotNull();
      try (InputStream in = jar.getInputStream(commands)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(source);
      }
    }
    try (JarFile war = new JarFile(new File("target/icb-case-workflows.war"))) {
      assertThat(war.getEntry("WEB-INF/classes/pre-boot-commands.txt"))
          .as("the command file is the server's, not the application's")
          .isNull();
    }
  }
}
