package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Stories;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;

/**
 * A complaint's record destroyed at the end of its retention takes its stories' original drafts
 * with it (they name people); what was redacted and published survives, as the design promises.
 * Runs inside the destruction's transaction.
 */
@ApplicationScoped
public class StoryErasure {

  private final Stories stories;

  @Inject
  public StoryErasure(Stories stories) {
    this.stories = stories;
  }

  /** For the CDI proxy only. */
  protected StoryErasure() {
    this(null);
  }

  /** Returns how many stories had an original draft to erase. */
  public int eraseOriginalsOf(String complaintId) {
    int erased = 0;
    for (Story story : stories.ofComplaint(complaintId)) {
      if (story.original().isPresent()) {
        erased++;
      }
      story.eraseOriginal();
    }
    return erased;
  }
}
