package uk.nhs.icb.caseworkflows.complaints.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports.ReportStory;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports.WithdrawnStory;

/**
 * The stories side of the reports, through the port only. The stories area implements {@link
 * StoriesForReports}; a deployment without an implementation still runs, and its reports say that
 * stories are not available rather than that there were none.
 */
@ApplicationScoped
public class PublishedStories {

  private final Instance<StoriesForReports> stories;

  @Inject
  public PublishedStories(Instance<StoriesForReports> stories) {
    this.stories = stories;
  }

  protected PublishedStories() {
    this.stories = null;
  }

  /** The period's published stories, or empty when no stories area is deployed. */
  public Optional<List<ReportStory>> in(ReportingPeriod period) {
    return port().map(port -> port.publishedIn(period));
  }

  /** The stories withdrawn after publication, or empty when no stories area is deployed. */
  public Optional<List<WithdrawnStory>> withdrawnAfterPublication() {
    return port().map(StoriesForReports::withdrawnAfterPublication);
  }

  private Optional<StoriesForReports> port() {
    return stories != null && stories.isResolvable()
        ? Optional.of(stories.get())
        : Optional.empty();
  }
}
