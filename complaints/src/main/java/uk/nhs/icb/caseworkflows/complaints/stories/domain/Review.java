package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import java.time.Instant;

/** A reviewer's decision on the redacted story: approved, or returned with comments. */
public record Review(String role, boolean approved, String comments, String by, Instant at) {

  public Review {
    if (!approved && (comments == null || comments.isBlank())) {
      throw new StoryRuleException("comments", "must say why the story is returned");
    }
  }
}
