package uk.nhs.icb.caseworkflows.complaints.reports.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports.ReportStory;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.AnnualComplaintsReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.GoverningBodyFigures;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ImprovementAction;

/**
 * What the page and the PDF of a report both show, as template values: headline figures, tables
 * (each with its total when its rows are parts of one whole), charts with their text alternatives,
 * stories. Built only from published figures and redacted stories; it holds no case id, reference
 * or link, so neither the page nor the PDF can lead back to a case.
 */
public final class ReportModel {

  public static final String RULE =
      "* means a figure from 1 to 7, not shown so that nobody can be identified. Other figures are"
          + " rounded to the nearest 5, and totals are rounded separately. Percentages are worked"
          + " out from the rounded figures.";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private ReportModel() {}

  /** The charts of a period's report: received per month, and timeliness. */
  public static List<ReportChart> charts(GoverningBodyFigures figures) {
    Map<String, PublishedCount> timeliness = new LinkedHashMap<>();
    timeliness.putAll(figures.acknowledgements().counts());
    timeliness.putAll(figures.responses().counts());
    return List.of(
        new ReportChart(
            "chart-received", "Complaints received per month", figures.receivedByMonth().counts()),
        new ReportChart(
            "chart-timeliness",
            "Acknowledgements and responses due in the period, in time and late",
            timeliness));
  }

  public static Map<String, Object> of(GoverningBodyReport report) {
    GoverningBodyFigures figures = report.figures();
    Map<String, Object> model = period(figures);
    model.put(
        "headlines",
        List.of(
            headline("Complaints received", figures.received().shown()),
            headline("Acknowledged within 3 working days", figures.acknowledgedInTime().shown()),
            headline("Answered by the date agreed", figures.respondedInTime().shown())));
    model.put("charts", charts(figures).stream().map(ReportModel::chart).toList());
    model.put(
        "tables",
        tables(
            List.of(
                table(figures.receivedByMonth(), true),
                table(figures.acknowledgements(), true),
                table(figures.responses(), true),
                table(figures.outcomes(), true),
                table(figures.subjects(), false),
                table(figures.serviceAreas(), false),
                table(figures.ombudsman(), false))));
    model.put("storiesAvailable", report.stories().isPresent());
    List<Map<String, Object>> stories = new ArrayList<>();
    for (ReportStory story : report.stories().orElse(List.of())) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("number", stories.size() + 1);
      item.put("publishedOn", DAY.format(story.publishedOn()));
      item.put("concern", story.concern());
      item.put("improvements", story.improvements());
      item.put("procedure", story.procedure());
      stories.add(item);
    }
    model.put("stories", stories);
    model.put("hasStories", !stories.isEmpty());
    model.put("rule", RULE);
    return model;
  }

  public static Map<String, Object> of(AnnualComplaintsReport report) {
    GoverningBodyFigures handling = report.handling();
    Map<String, Object> model = period(handling);
    model.put("received", report.figures().received().shown());
    model.put("wellFounded", report.figures().wellFounded().shown());
    model.put(
        "referred",
        report.figures().referredToOmbudsman().map(PublishedCount::shown).orElse("not available"));
    model.put(
        "subjectTables",
        tables(
            List.of(
                table(report.figures().subjects(), false), table(handling.serviceAreas(), false))));
    model.put("acknowledgedInTime", handling.acknowledgedInTime().shown());
    model.put("respondedInTime", handling.respondedInTime().shown());
    model.put(
        "importanceTables",
        tables(
            List.of(
                table(handling.outcomes(), true),
                table(report.wellFoundedBySubject(), false),
                table(handling.acknowledgements(), true),
                table(handling.responses(), true),
                table(handling.ombudsman(), false))));
    model.put("actionsInAll", report.actionsInAll().shown());
    model.put("actionsDone", report.actionsDone().shown());
    List<Map<String, Object>> actions = new ArrayList<>();
    for (ImprovementAction action : report.actionsListed()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("description", action.description());
      item.put(
          "source",
          action.recommendedByTheOmbudsman()
              ? "Recommended by the Ombudsman"
              : "Promised in our response");
      item.put(
          "state",
          action.isDone()
              ? "Done in " + MONTH.format(action.doneOn())
              : "To be done by " + MONTH.format(action.dueBy()));
      actions.add(item);
    }
    model.put("actions", actions);
    model.put("hasActions", !actions.isEmpty());
    model.put("actionsSuppressed", report.actionsInAll().isSuppressed());
    model.put("rule", RULE);
    return model;
  }

  private static Map<String, Object> period(GoverningBodyFigures figures) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("period", figures.period().label());
    model.put("from", DAY.format(figures.period().from()));
    model.put("to", DAY.format(figures.period().to()));
    return model;
  }

  private static Map<String, Object> headline(String label, String shown) {
    return Map.of("label", label, "shown", shown);
  }

  private static Map<String, Object> chart(ReportChart chart) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", chart.id());
    item.put("title", chart.title());
    item.put("textAlternative", chart.textAlternative());
    item.put("bars", chart.barsForPrint());
    return item;
  }

  private record Table(PublishedFigures figures, boolean withTotal) {}

  private static Table table(PublishedFigures figures, boolean withTotal) {
    return new Table(figures, withTotal);
  }

  /**
   * Subjects and service areas count a complaint once under each of its codes, and the Ombudsman's
   * rows are separate measures, so those tables have no total.
   */
  private static List<Map<String, Object>> tables(List<Table> tables) {
    List<Map<String, Object>> shown = new ArrayList<>();
    for (Table table : tables) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", "table-" + (shown.size() + 1));
      item.put("caption", table.figures().heading().title());
      item.put("categoryHeading", table.figures().heading().categoryHeading());
      item.put(
          "rows",
          table.figures().counts().entrySet().stream()
              .map(row -> Map.of("category", row.getKey(), "shown", row.getValue().shown()))
              .toList());
      item.put("hasTotal", table.withTotal());
      // Every table of this report counts complaints, with a total or without one.
      item.put("valueHeading", "Number");
      item.put("total", table.figures().total().shown());
      shown.add(item);
    }
    return shown;
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }
}
