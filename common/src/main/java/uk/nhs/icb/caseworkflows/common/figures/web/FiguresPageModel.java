package uk.nhs.icb.caseworkflows.common.figures.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * The page of a report: its published tables for one period, each with its CSV link, the rule
 * explained when a cell is suppressed, and links to the recent quarters and years. Exact figures
 * reach a page only as {@link ReportTable#exact} tables, marked as not for publication.
 */
public final class FiguresPageModel {

  static final String TEMPLATE = "figures/report";
  static final String RULE =
      "* means a figure from 1 to 7, not shown so that nobody can be identified."
          + " Other figures are rounded to the nearest 5, and totals are rounded separately.";

  static final String EXACT =
      "These are exact figures for the team that holds the cases. Before any of them is"
          + " published, small numbers must be suppressed and the others rounded.";

  private FiguresPageModel() {}

  /** The page for {@code period}; {@code address} is the report's path, context path included. */
  public static PageView of(
      String title,
      ReportingPeriod period,
      List<PublishedFigures> tables,
      String address,
      LocalDate today) {
    return ofTables(
        title, period, tables.stream().map(ReportTable::published).toList(), address, today);
  }

  /**
   * The page of tables as shown: published ones explain the small-number rule when a cell is
   * suppressed, exact ones say they are not for publication.
   */
  public static PageView ofTables(
      String title,
      ReportingPeriod period,
      List<ReportTable> tables,
      String address,
      LocalDate today) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("heading", title);
    model.put("period", period.label());
    model.put("from", PageFormats.date(period.from()));
    model.put("to", PageFormats.date(period.to()));
    List<Map<String, Object>> shown = new ArrayList<>();
    boolean suppressed = false;
    boolean exact = false;
    for (int i = 0; i < tables.size(); i++) {
      ReportTable table = tables.get(i);
      suppressed |= table.hasSuppressedCounts();
      exact |= table.isExact();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", "figures-" + (i + 1));
      item.put("caption", table.heading().title());
      item.put("categoryHeading", table.heading().categoryHeading());
      item.put(
          "rows",
          table.rows().entrySet().stream()
              .map(row -> Map.of("category", row.getKey(), "shown", row.getValue()))
              .toList());
      item.put("total", table.total());
      item.put("hasTotal", table.total() != null);
      // A table without a total holds measures (days, percentages), not counts.
      item.put("valueHeading", table.total() != null ? "Number" : "Value");
      item.put("csvHref", address + "?" + ReportPeriodQuery.of(period) + "&format=csv&table=" + i);
      shown.add(item);
    }
    model.put("tables", shown);
    model.put("hasTables", !shown.isEmpty());
    model.put("rule", suppressed ? RULE : null);
    model.put("exactNote", exact ? EXACT : null);
    model.put("periods", periodLinks(period, address, today));
    model.put("hasPeriods", true);
    return PageView.of(title + ": " + period.label(), TEMPLATE, model);
  }

  /**
   * The last four complete quarters and the last two financial years, newest first, each linking to
   * the report at {@code address} ({@code current} marked; {@code null} for none).
   */
  public static List<Map<String, Object>> periodLinks(
      ReportingPeriod current, String address, LocalDate today) {
    List<ReportingPeriod> choices = new ArrayList<>();
    ReportingPeriod quarter = ReportingPeriod.quarterOf(today);
    for (int i = 0; i < 4; i++) {
      quarter = quarter.previousQuarter();
      choices.add(quarter);
    }
    ReportingPeriod year = ReportingPeriod.financialYearOf(today);
    choices.add(year);
    choices.add(ReportingPeriod.financialYearOf(year.from().minusDays(1)));
    return choices.stream()
        .map(
            choice -> {
              Map<String, Object> link = new LinkedHashMap<>();
              link.put("label", choice.label());
              link.put("href", address + "?" + ReportPeriodQuery.of(choice));
              link.put("current", choice.equals(current));
              return link;
            })
        .toList();
  }
}
