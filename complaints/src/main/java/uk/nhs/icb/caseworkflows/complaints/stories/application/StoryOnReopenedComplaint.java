package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintReopened;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;

/**
 * A reopened complaint is no longer closed and upheld: its story still under way stops, in the
 * reopening's transaction, and so does the story's process. A published story stands; a new one is
 * asked for if the complaint closes upheld again.
 */
@ApplicationScoped
public class StoryOnReopenedComplaint {

  static final String REOPENED = "StoryComplaintReopened";

  private final StoryWork work;

  @Inject
  public StoryOnReopenedComplaint(StoryWork work) {
    this.work = work;
  }

  /** For the CDI proxy only. */
  protected StoryOnReopenedComplaint() {
    this(null);
  }

  public void reopened(@Observes ComplaintReopened reopened) {
    for (Story story : work.stories().ofComplaint(reopened.complaintId())) {
      if (story.stopForReopenedComplaint()) {
        work.audit("STORY_STOPPED", story, "complaint reopened, round " + reopened.round());
        work.tell(story, REOPENED, Map.of());
      }
    }
  }
}
