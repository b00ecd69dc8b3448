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
 * explained when a cell is suppressed, and links to the recent quarters and years. Only published
 * figures reach a page.
 */
public final class FiguresPageModel {

  static final String TEMPLATE = "figures/report";
  static final String RULE =
      "* means a figure from 1 to 7, not shown so that nobody can be identified."
          + " Other figures are rounded to the nearest 5, and totals are rounded separately.";

  private FiguresPageModel() {}

  /** The page for {@code period}; {@code address} is the report's path, context path included. */
  public static PageView of(
      String title,
      ReportingPeriod period,
      List<PublishedFigures> tables,
      String address,
      LocalDate today) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("heading", title);
    model.put("period", period.label());
    model.put("from", PageFormats.date(period.from()));
    model.put("to", PageFormats.date(period.to()));
    List<Map<String, Object>> shown = new ArrayList<>();
    boolean suppressed = false;
    for (int i = 0; i < tables.size(); i++) {
      PublishedFigures table = tables.get(i);
      suppressed |= table.hasSuppressedCounts();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", "figures-" + (i + 1));
      item.put("caption", table.heading().title());
      item.put("categoryHeading", table.heading().categoryHeading());
      item.put(
          "rows",
          table.counts().entrySet().stream()
              .map(row -> Map.of("category", row.getKey(), "shown", row.getValue().shown()))
              .toList());
      item.put("total", table.total().shown());
      item.put("csvHref", address + "?" + ReportPeriodQuery.of(period) + "&format=csv&table=" + i);
      shown.add(item);
    }
    model.put("tables", shown);
    model.put("hasTables", !shown.isEmpty());
    model.put("rule", suppressed ? RULE : null);
    model.put("periods", periodLinks(period, address, today));
    model.put("hasPeriods", true);
    return PageView.of(title + ": " + period.label(), TEMPLATE, model);
  }

  /** The last four complete quarters and the last two financial years, newest first. */
  static List<Map<String, Object>> periodLinks(
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
