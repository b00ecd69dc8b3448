package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintClosedAgain;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintReopened;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;

/**
 * A reopened complaint is no longer closed and upheld: its story still under way stops, in the
 * reopening's transaction, and so does the story's process. A published story stands. When the
 * further response closes the complaint again, a complaint still upheld at least in part is asked
 * about a story afresh, as on its first closure.
 */
@ApplicationScoped
public class StoryOnFurtherResolution {

  static final String REOPENED = "StoryComplaintReopened";

  private final StoryWork work;
  private final StoryConsent consent;

  @Inject
  public StoryOnFurtherResolution(StoryWork work, StoryConsent consent) {
    this.work = work;
    this.consent = consent;
  }

  /** For the CDI proxy only. */
  protected StoryOnFurtherResolution() {
    this(null, null);
  }

  public void reopened(@Observes ComplaintReopened reopened) {
    for (Story story : work.stories().ofComplaint(reopened.complaintId())) {
      if (story.stopForReopenedComplaint()) {
        work.audit("STORY_STOPPED", story, "complaint reopened, round " + reopened.round());
        work.tell(story, REOPENED, Map.of());
      }
    }
  }

  public void closedAgain(@Observes ComplaintClosedAgain closed) {
    consent.askAfterClosure(closed.complaint());
  }
}
