package uk.nhs.icb.caseworkflows.complaints.reports.application;

import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports.ReportStory;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.GoverningBodyFigures;

/**
 * The governing body's report for a period: its published figures and the period's published
 * stories (empty when the stories area is not deployed, so the report can say so).
 */
public record GoverningBodyReport(
    GoverningBodyFigures figures, Optional<List<ReportStory>> stories) {

  public List<String> storyIds() {
    return stories.orElse(List.of()).stream().map(ReportStory::storyId).toList();
  }
}
