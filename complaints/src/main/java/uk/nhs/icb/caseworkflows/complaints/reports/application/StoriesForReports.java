package uk.nhs.icb.caseworkflows.complaints.reports.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/**
 * What the governing body's reports need from the service-user stories, and nothing more: the
 * stories published in a period, in their redacted, approved form only, and the stories whose
 * consent was withdrawn after publication, so that the reports that already carried them can be
 * listed for the IG officer. The stories area implements it; the reports depend only on this port,
 * so a report can never reach a story's original text or the complaint behind it.
 */
public interface StoriesForReports {

  /** The stories published on a day of the period and still published now, oldest first. */
  List<ReportStory> publishedIn(ReportingPeriod period);

  /** Every story withdrawn after it had been published, most recent withdrawal first. */
  List<WithdrawnStory> withdrawnAfterPublication();

  /**
   * A published story as the governing body sees it: an id that is the story's own (never the
   * complaint's), the three redacted parts and the day it was published.
   */
  record ReportStory(
      String storyId,
      String concern,
      String improvements,
      String procedure,
      LocalDate publishedOn) {}

  /** A story taken out of every future report, and when. */
  record WithdrawnStory(String storyId, Instant withdrawnAt) {}
}
