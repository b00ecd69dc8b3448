package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after every container test of the build (its own failsafe execution) and reads what their
 * servers logged ({@code --logtofile}, {@code target/payara-server.log}): none of the personal data
 * those tests and the sample complaints put through the servers may appear in it. Names, NHS
 * numbers (plain and 3-3-4), dates of birth, addresses, postcodes and telephone numbers are
 * searched for.
 */
class NoPersonalDataInServerLogIT {

  /** The sample complaints of a development start (DemoComplaintStories) and the tests' own. */
  private static final List<String> SEEDED =
      List.of(
          // Names
          "Daniel Okafor",
          "Priya Raman",
          "Alice Hart",
          "Grace Mensah",
          "Kwame Mensah",
          "Tomasz Nowak",
          "Hannah Clarke",
          "Oliver Grant",
          "Joan Fisher",
          "Siân Evans",
          "Ann Lee",
          "Pat Testperson",
          // NHS numbers
          "4857773457",
          "485 777 3457",
          "9434765919",
          "943 476 5919",
          // Dates of birth
          "1948-03-14",
          "14/03/1948",
          "14 March 1948",
          "1950-01-01",
          // Addresses, postcodes, telephone
          "4 Larch Close",
          "18 Orchard Way",
          "7 Bridge Street",
          "22 Willow Road",
          "9 Elm Grove",
          "31 Meadow Lane",
          "3 Church Walk",
          "12 Station Road",
          "2 Mill Lane",
          "1 Test Row",
          "LU2 7QP",
          "LU4 9HT",
          "LU6 1AA",
          "LU3 4DF",
          "LU1 5RS",
          "LU7 2BN",
          "LU5 6EE",
          "LU1 2LJ",
          "LU6 3AB",
          "01582 000 000");

  @Test
  void theServersLoggedNoneOfThePersonalDataTheyHandled() throws IOException {
    Path file = Path.of(System.getProperty("server.log", "target/payara-server.log"));
    List<Path> logs;
    try (Stream<Path> files = Files.list(file.getParent())) {
      logs =
          files
              .filter(f -> f.getFileName().toString().startsWith(file.getFileName().toString()))
              .sorted()
              .toList();
    }
    StringBuilder all = new StringBuilder();
    int servers = 0;
    for (Path log : logs) {
      servers += count(Files.readString(log, StandardCharsets.ISO_8859_1), "Payara Micro URLs");
      all.append(Files.readString(log, StandardCharsets.ISO_8859_1)).append('\n');
      // Read twice, as UTF-8 too, so that an accented name is found whichever way it was written.
      all.append(new String(Files.readAllBytes(log), StandardCharsets.UTF_8)).append('\n');
    }
    String text = all.toString();
    assertThat(servers).as("server starts found in " + logs).isGreaterThanOrEqualTo(1);
    assertThat(text.length()).as("log size").isGreaterThan(10_000);

    List<String> leaks = new ArrayList<>();
    for (String value : SEEDED) {
      int at = text.indexOf(value);
      if (at >= 0) {
        leaks.add(
            value
                + " in: "
                + text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 100)));
      }
    }
    ReliabilityIT.Figures.write(
        "server-log-scan",
        Map.of(
            "log-files", logs.size(),
            "log-bytes", text.length() / 2,
            "server-starts", servers,
            "values-searched", SEEDED.size(),
            "leaks", leaks.size()));
    assertThat(leaks).as("personal data in the server log").isEmpty();
  }

  private static int count(String text, String marker) {
    int n = 0;
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      n++;
    }
    return n;
  }
}
