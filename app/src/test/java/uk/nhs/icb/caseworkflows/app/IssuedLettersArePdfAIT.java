package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.app.letters.PdfAValidator;

/**
 * Runs after every container test of the build (its own failsafe execution): every letter those
 * tests downloaded from the server ({@link IssuedLetters}) must pass veraPDF as PDF/A-2a and
 * PDF/UA-1, as the letters rendered in the unit tests do. {@code PdfAValidatorTest} shows the same
 * helper failing a non-compliant PDF.
 */
class IssuedLettersArePdfAIT {

  @Test
  void everyLetterTheServerIssuedToTheContainerTestsIsPdfA2aAndPdfUa1() throws IOException {
    Path index = IssuedLetters.FOLDER.resolve("index.tsv");
    Assumptions.assumeTrue(
        Files.exists(index), "no container test of this run downloaded a letter");
    List<String> downloads = Files.readAllLines(index);
    Map<String, String> firstAddressOf = new LinkedHashMap<>();
    for (String line : downloads) {
      String[] fields = line.split("\t", 2);
      firstAddressOf.putIfAbsent(fields[0], fields[1]);
    }

    List<String> failures = new ArrayList<>();
    TreeSet<String> kinds = new TreeSet<>();
    long started = System.nanoTime();
    for (Map.Entry<String, String> letter : firstAddressOf.entrySet()) {
      byte[] pdf = Files.readAllBytes(IssuedLetters.FOLDER.resolve(letter.getKey()));
      kinds.add(letter.getValue().replaceAll("/[0-9a-fA-F-]{36}", "/{id}"));
      for (String flavour : List.of("2a", "ua1")) {
        List<String> failed = PdfAValidator.failedRules(pdf, flavour);
        if (!failed.isEmpty()) {
          failures.add(letter.getValue() + " (" + flavour + "): " + failed);
        }
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    ReliabilityIT.Figures.write(
        "issued-letters",
        Map.of(
            "downloads", downloads.size(),
            "distinct-letters", firstAddressOf.size(),
            "addresses", kinds.size(),
            "failures", failures.size(),
            "seconds", seconds));
    assertThat(firstAddressOf).isNotEmpty();
    assertThat(failures).as("letters issued by the server that veraPDF fails").isEmpty();
  }
}
