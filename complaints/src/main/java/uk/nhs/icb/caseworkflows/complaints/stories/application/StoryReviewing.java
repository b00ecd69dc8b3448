package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Review;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryStatus;

/**
 * The two reviews of a drafted story: a complaints manager's, then the Caldicott Guardian's, each
 * approving or returning it with comments. A return sends it back to the draft; the Caldicott
 * Guardian's approval lets the process publish it.
 */
@ApplicationScoped
public class StoryReviewing {

  static final String MANAGER_STEP = "manager-review";
  static final String CALDICOTT_STEP = "caldicott-review";

  /** Who reviews a story: the manager first, then the Caldicott Guardian. */
  private static final Set<String> REVIEWERS =
      Set.of(Roles.COMPLAINTS_MANAGER, Roles.CALDICOTT_GUARDIAN);

  private final StoryWork work;

  @Inject
  public StoryReviewing(StoryWork work) {
    this.work = work;
  }

  /** For the CDI proxy only. */
  protected StoryReviewing() {
    this(null);
  }

  /**
   * Only the two reviewers review, whatever the story's state: anyone else is refused as such, not
   * told the story is not under review (the REST twin's constraint says the same). The review page
   * asks this before it reads the form's answers.
   */
  public void requireReviewer() {
    if (!work.caller().hasAnyRole(REVIEWERS)) {
      throw new ForbiddenProblem(
          "Only a complaints manager or the Caldicott Guardian reviews a story.");
    }
  }

  @Transactional
  public Story review(String storyId, boolean approved, String comments, Long version) {
    requireReviewer();
    Story story = work.story(storyId, version);
    boolean managers = story.status() == StoryStatus.MANAGER_REVIEW;
    String role = managers ? Roles.COMPLAINTS_MANAGER : Roles.CALDICOTT_GUARDIAN;
    if (managers || story.status() == StoryStatus.CALDICOTT_REVIEW) {
      work.requireRole(
          role,
          managers
              ? "A complaints manager reviews the story first."
              : "The Caldicott Guardian reviews the story now.");
    }
    Review review =
        new Review(
            role,
            approved,
            comments == null || comments.isBlank() ? null : comments.strip(),
            work.caller().name(),
            work.now());
    if (managers) {
      story.reviewByManager(review);
    } else {
      story.reviewByCaldicottGuardian(review);
    }
    work.audit(
        approved ? "STORY_APPROVED" : "STORY_RETURNED", story, "by the " + role.replace('-', ' '));
    work.complete(story, managers ? MANAGER_STEP : CALDICOTT_STEP, Map.of("approved", approved));
    return story;
  }
}
