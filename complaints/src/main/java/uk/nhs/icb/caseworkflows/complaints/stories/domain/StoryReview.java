package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A {@link Review} as the story keeps it, in the order the reviews were made. */
@Embeddable
public class StoryReview {

  @Column(name = "reviewer_role", nullable = false, length = 40)
  private String role;

  @Column(name = "approved", nullable = false)
  private boolean approved;

  @Column(name = "comments", length = 2000)
  private String comments;

  @Column(name = "reviewed_by", nullable = false, length = 100)
  private String by;

  @Column(name = "reviewed_at", nullable = false)
  private Instant at;

  protected StoryReview() {}

  StoryReview(Review review) {
    role = review.role();
    approved = review.approved();
    comments = review.comments();
    by = review.by();
    at = review.at();
  }

  void eraseComments() {
    comments = approved ? null : "(erased with the complaint's record)";
  }

  Review review() {
    return new Review(role, approved, comments, by, at);
  }
}
