package uk.nhs.icb.caseworkflows.common.figures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;

/**
 * A table as CSV (RFC 4180): rows end in CRLF; a cell holding a comma, a double quote or a line
 * break is quoted, its quotes doubled. A cell that a spreadsheet would take for a formula (starting
 * with {@code = + - @}, a tab or a carriage return) is prefixed with a single quote, so a category
 * typed as {@code =HYPERLINK(...)} opens as text, never as a formula.
 */
public final class CsvTable {

  private static final String CRLF = "\r\n";

  private final List<List<String>> rows = new ArrayList<>();

  private CsvTable() {}

  public static CsvTable withHeader(String... header) {
    return new CsvTable().row(header);
  }

  /** Published figures: category, count as shown; then the total. */
  public static CsvTable of(PublishedFigures figures) {
    CsvTable table =
        withHeader(figures.heading().categoryHeading(), figures.heading().period().label());
    for (Map.Entry<String, PublishedCount> row : figures.counts().entrySet()) {
      table.row(row.getKey(), row.getValue().shown());
    }
    return table.row("Total", figures.total().shown());
  }

  /** Exact figures, for a return to NHS England: category, exact count; then the total. */
  public static CsvTable of(ExactFigures figures) {
    CsvTable table =
        withHeader(figures.heading().categoryHeading(), figures.heading().period().label());
    figures.counts().forEach((category, count) -> table.row(category, Long.toString(count)));
    return table.row("Total", Long.toString(figures.total()));
  }

  public CsvTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  /** The table as CSV text, each row ending in CRLF. */
  public String text() {
    StringBuilder csv = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          csv.append(',');
        }
        csv.append(cell(row.get(i)));
      }
      csv.append(CRLF);
    }
    return csv.toString();
  }

  /** One cell, defused and quoted as needed; null is an empty cell. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    boolean needsQuotes =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  private static boolean startsLikeAFormula(String value) {
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
