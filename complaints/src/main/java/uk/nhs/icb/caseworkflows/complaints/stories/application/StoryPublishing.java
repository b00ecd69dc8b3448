package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;

/**
 * Publication to the governing body, which the process does once the Caldicott Guardian approves.
 * The story refuses it (naming {@code approvals} or {@code consent}) without both approvals and
 * consent in force, and the refusal rolls the whole step back.
 */
@ApplicationScoped
public class StoryPublishing {

  private final StoryWork work;

  @Inject
  public StoryPublishing(StoryWork work) {
    this.work = work;
  }

  /** For the CDI proxy only. */
  protected StoryPublishing() {
    this(null);
  }

  @Transactional
  public Story publish(String storyId) {
    Story story = work.story(storyId);
    story.publish(work.now());
    work.audit("STORY_PUBLISHED", story, "to the governing body");
    return story;
  }
}
