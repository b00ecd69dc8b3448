package uk.nhs.icb.caseworkflows.app;

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
    MatrixCsv csv = MatrixCsv.read("authorisation-matrix.csv", DESTROYED);
    List<Entry> entries = new ArrayList<>();
    for (String[] cells : csv.rows()) {
      Map<String, Boolean> allowed = new LinkedHashMap<>();
      for (int i = 0; i < csv.roles().size(); i++) {
        String cell = cells[i + 2].trim();
        if (!cell.equals("allow") && !cell.equals("deny")) {
          throw new IllegalStateException(
              "authorisation-matrix.csv: not allow/deny: " + String.join(",", cells));
        }
        allowed.put(csv.roles().get(i), cell.equals("allow"));
      }
      String destroyed = cells[cells.length - 1].trim();
      entries.add(
          new Entry(
              cells[0].trim(),
              cells[1].trim(),
              allowed,
              destroyed.equals("-") ? Optional.empty() : Optional.of(Integer.valueOf(destroyed))));
    }
    return new AuthorisationMatrix(csv.roles(), List.copyOf(entries));
  }
}
