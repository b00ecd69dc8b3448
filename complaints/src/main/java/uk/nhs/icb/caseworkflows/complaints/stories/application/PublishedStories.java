package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Stories;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryParts;

/**
 * The stories as the governing body's reports may have them: only published ones, only their
 * redacted, approved parts, under the story's own id. A withdrawn story is never among them.
 */
@ApplicationScoped
public class PublishedStories implements StoriesForReports {

  private final Stories stories;

  @Inject
  public PublishedStories(Stories stories) {
    this.stories = stories;
  }

  /** For the CDI proxy only. */
  protected PublishedStories() {
    this(null);
  }

  @Override
  @Transactional
  public List<ReportStory> publishedIn(ReportingPeriod period) {
    return stories.publishedBetween(period.startsAt(), period.endsBefore()).stream()
        .filter(Story::isPublished)
        .map(PublishedStories::forReport)
        .toList();
  }

  @Override
  @Transactional
  public List<WithdrawnStory> withdrawnAfterPublication() {
    return stories.withdrawnAfterPublication().stream()
        .map(story -> new WithdrawnStory(story.id(), story.withdrawnAt().orElseThrow()))
        .toList();
  }

  private static ReportStory forReport(Story story) {
    StoryParts redacted = story.redacted().orElseThrow();
    return new ReportStory(
        story.id(),
        redacted.concern(),
        redacted.improvements(),
        redacted.procedure(),
        Text.londonDate(story.publishedAt().orElseThrow()));
  }
}
