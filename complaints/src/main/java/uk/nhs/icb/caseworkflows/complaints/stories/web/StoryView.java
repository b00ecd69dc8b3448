package uk.nhs.icb.caseworkflows.complaints.stories.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryReading.StoryFile;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.ConsentAnswer;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Review;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryParts;

/**
 * One story as the complaints team and the Caldicott Guardian see it: the original draft beside its
 * redaction, the consent answers, the reviews, and the small-number warnings. {@code version} goes
 * back with a change, so a change made on a stale copy is refused (409).
 */
public record StoryView(
    String id,
    long version,
    String complaintId,
    String complaintReference,
    String status,
    List<Answer> consent,
    Instant askedAt,
    Instant remindedAt,
    Parts original,
    Parts redacted,
    List<String> smallNumberWarnings,
    List<ReviewView> reviews,
    Instant publishedAt,
    Instant withdrawnAt) {

  /** One person asked, and their answer (null until they give one). */
  public record Answer(String person, ConsentAnswer answer) {}

  public record Parts(String concern, String improvements, String procedure) {

    static Parts of(StoryParts parts) {
      return new Parts(parts.concern(), parts.improvements(), parts.procedure());
    }
  }

  public record ReviewView(String role, boolean approved, String comments, String by, Instant at) {

    static ReviewView of(Review review) {
      return new ReviewView(
          review.role(), review.approved(), review.comments(), review.by(), review.at());
    }
  }

  public static StoryView of(StoryFile file) {
    Story story = file.story();
    return new StoryView(
        story.id(),
        story.version(),
        story.complaintId(),
        file.complaintReference(),
        story.status().name(),
        story.answers().entrySet().stream()
            .map(entry -> new Answer(entry.getKey(), entry.getValue()))
            .toList(),
        story.askedAt().orElse(null),
        story.remindedAt().orElse(null),
        story.original().map(Parts::of).orElse(null),
        story.redacted().map(Parts::of).orElse(null),
        file.warnings(),
        story.reviews().stream().map(ReviewView::of).toList(),
        story.publishedAt().orElse(null),
        story.withdrawnAt().orElse(null));
  }

  /** A line of the team's list: no text of the story. */
  public record Listed(
      String id, long version, String complaintReference, String status, Instant publishedAt) {

    public static Listed of(StoryFile file) {
      Story story = file.story();
      return new Listed(
          story.id(),
          story.version(),
          file.complaintReference(),
          story.status().name(),
          story.publishedAt().orElse(null));
    }
  }
}
