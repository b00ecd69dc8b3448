package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short forms of given names ("Bill" for William), read once from {@code
 * anonymise/nicknames.txt} shipped in this module, so a story that calls a known person by a short
 * form still loses the name.
 */
final class Nicknames {

  private static final Map<String, List<String>> BY_NAME = read();

  private Nicknames() {}

  /** The short forms of a given name, none when it has none on the list. */
  static List<String> of(String givenName) {
    return BY_NAME.getOrDefault(givenName.toLowerCase(Locale.UK), List.of());
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> names = new HashMap<>();
    try (InputStream in = Nicknames.class.getResourceAsStream("/anonymise/nicknames.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
          .forEach(
              line -> {
                String[] sides = line.split("=", 2);
                names.put(
                    sides[0].strip().toLowerCase(Locale.UK),
                    Arrays.stream(sides[1].split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(names);
  }
}
