package uk.nhs.icb.caseworkflows.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable table in {@code page-matrix.csv}: who may open each page and post each form of the
 * pages (the servlets), one column per role as in {@code authorisation-matrix.csv}, and a last
 * column for a caller who has not signed in.
 */
public record PageMatrix(List<String> roles, List<Entry> entries) {

  /** The last column's name. */
  static final String ANONYMOUS = "anonymous";

  /** What a role gets from a page or form. */
  public enum Cell {
    /** The page or form is theirs: the page (200), or the form's work done. */
    ALLOW,
    /** The forbidden page (403), saying why. */
    DENY,
    /** The page answers as if the address did not exist (404), as it does for them on purpose. */
    HIDDEN,
    /** The form is shown again (400) with a message that the step is not theirs; nothing stored. */
    FORM_REFUSAL;

    static Cell of(String cell) {
      return switch (cell) {
        case "allow" -> ALLOW;
        case "deny" -> DENY;
        case "hidden" -> HIDDEN;
        case "form-refusal" -> FORM_REFUSAL;
        default ->
            throw new IllegalStateException(
                "page-matrix.csv: not allow/deny/hidden/form-refusal: " + cell);
      };
    }
  }

  /**
   * One page address or form: its method, its path under the root ({id}-style placeholders), each
   * role's cell, and what a caller who has not signed in gets ({@code login}: sent to the sign-in
   * page).
   */
  public record Entry(String method, String path, Map<String, Cell> cells, String anonymous) {

    public String address() {
      return method + " " + path;
    }

    public boolean allows(String role) {
      return cells.get(role) == Cell.ALLOW;
    }
  }

  public static PageMatrix load() {
    MatrixCsv csv = MatrixCsv.read("page-matrix.csv", ANONYMOUS);
    List<Entry> entries = new ArrayList<>();
    for (String[] cells : csv.rows()) {
      Map<String, Cell> byRole = new LinkedHashMap<>();
      for (int i = 0; i < csv.roles().size(); i++) {
        byRole.put(csv.roles().get(i), Cell.of(cells[i + 2].trim()));
      }
      entries.add(
          new Entry(cells[0].trim(), cells[1].trim(), byRole, cells[cells.length - 1].trim()));
    }
    return new PageMatrix(csv.roles(), List.copyOf(entries));
  }
}
