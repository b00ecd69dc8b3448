package uk.nhs.icb.caseworkflows.common.figures.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.FiguresHeading;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;

/**
 * One table of a report page as it is shown and downloaded: published figures (through the
 * small-number rule) for readers outside the team, or exact figures for the team that holds the
 * cases, or a few measures (a median) that are not counts. Which a page shows to whom is the
 * report's decision ({@link FiguresReportPage#tablesFor}); this only keeps them apart.
 */
public final class ReportTable {

  private final FiguresHeading heading;
  private final Map<String, String> rows;
  private final String total;
  private final boolean suppressed;
  private final boolean exact;
  private final CsvTable csv;

  private ReportTable(
      FiguresHeading heading,
      Map<String, String> rows,
      String total,
      boolean suppressed,
      boolean exact,
      CsvTable csv) {
    this.heading = heading;
    this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    this.total = total;
    this.suppressed = suppressed;
    this.exact = exact;
    this.csv = csv;
  }

  /** Published figures, as {@link CsvTable#of(PublishedFigures)} downloads them. */
  public static ReportTable published(PublishedFigures figures) {
    Map<String, String> rows = new LinkedHashMap<>();
    figures.counts().forEach((category, count) -> rows.put(category, count.shown()));
    return new ReportTable(
        figures.heading(),
        rows,
        figures.total().shown(),
        figures.hasSuppressedCounts(),
        false,
        CsvTable.of(figures));
  }

  /**
   * Published figures whose rows are separate measures, not parts of one whole (CHC's quarterly
   * return counts referrals, decisions and budgets side by side): no total, on the page or in the
   * CSV, since adding them up would mean nothing.
   */
  public static ReportTable publishedMeasures(PublishedFigures figures) {
    Map<String, String> rows = new LinkedHashMap<>();
    figures.counts().forEach((category, count) -> rows.put(category, count.shown()));
    CsvTable csv =
        CsvTable.withHeader(
            figures.heading().categoryHeading(), figures.heading().period().label());
    rows.forEach(csv::row);
    return new ReportTable(
        figures.heading(), rows, null, figures.hasSuppressedCounts(), false, csv);
  }

  /** Exact figures, for the team that holds the cases: never for publication. */
  public static ReportTable exact(ExactFigures figures) {
    Map<String, String> rows = new LinkedHashMap<>();
    figures.counts().forEach((category, count) -> rows.put(category, Long.toString(count)));
    return new ReportTable(
        figures.heading(), rows, Long.toString(figures.total()), false, true, CsvTable.of(figures));
  }

  /** Measures that are not counts (a median, a rate), each as shown; no total. */
  public static ReportTable measures(FiguresHeading heading, Map<String, String> measures) {
    CsvTable csv = CsvTable.withHeader(heading.categoryHeading(), heading.period().label());
    measures.forEach(csv::row);
    return new ReportTable(heading, measures, null, false, false, csv);
  }

  public FiguresHeading heading() {
    return heading;
  }

  /** Category to what the table shows for it, in the table's order. */
  public Map<String, String> rows() {
    return rows;
  }

  /** The total as shown; null for measures, which have none. */
  public String total() {
    return total;
  }

  /** Whether a cell is a {@code *}, so the page explains the small-number rule. */
  public boolean hasSuppressedCounts() {
    return suppressed;
  }

  /** Whether the counts are exact, so the page says they are not for publication. */
  public boolean isExact() {
    return exact;
  }

  public CsvTable csv() {
    return csv;
  }
}
