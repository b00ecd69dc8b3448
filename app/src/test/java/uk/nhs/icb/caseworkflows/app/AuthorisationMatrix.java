package uk.nhs.icb.caseworkflows.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readable allow/deny table in {@code authorisation-matrix.csv}: one column per role, and a
 * last column for a destroyed case.
 */
public record AuthorisationMatrix(List<String> roles, List<Entry> entries) {

  /** The last column's name. */
  static final String DESTROYED = "destroyed-case";

  /**
   * One endpoint: its method, its path under /api, whether each role may call it, and what a role
   * that may call it gets for a case destroyed at the end of its retention (an HTTP status), or
   * empty where the endpoint names no case.
   */
  public record Entry(
      String method, String path, Map<String, Boolean> allowed, Optional<Integer> destroyedCase) {

    public String endpoint() {
      return method + " " + path;
    }
  }

  public static AuthorisationMatrix load() {
    try (InputStream in =
        AuthorisationMatrix.class.getResourceAsStream("/authorisation-matrix.csv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .toList();
      String[] header = lines.get(0).split(",");
      if (!header[header.length - 1].equals(DESTROYED)) {
        throw new IllegalStateException("authorisation-matrix.csv: last column is " + DESTROYED);
      }
      List<String> roles = List.of(header).subList(2, header.length - 1);
      List<Entry> entries = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        if (cells.length != header.length) {
          throw new IllegalStateException(
              "authorisation-matrix.csv: wrong number of cells: " + line);
        }
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
          String cell = cells[i + 2].trim();
          if (!cell.equals("allow") && !cell.equals("deny")) {
            throw new IllegalStateException("authorisation-matrix.csv: not allow/deny: " + line);
          }
          allowed.put(roles.get(i), cell.equals("allow"));
        }
        String destroyed = cells[cells.length - 1].trim();
        entries.add(
            new Entry(
                cells[0].trim(),
                cells[1].trim(),
                allowed,
                destroyed.equals("-")
                    ? Optional.empty()
                    : Optional.of(Integer.valueOf(destroyed))));
      }
      return new AuthorisationMatrix(roles, List.copyOf(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
