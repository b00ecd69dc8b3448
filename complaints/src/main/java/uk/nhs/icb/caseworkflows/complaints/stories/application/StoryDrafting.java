package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.anonymise.application.StoryRedactions;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.StoryRedaction;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryParts;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryRuleException;

/**
 * The handler's draft of the three parts. Each is redacted as it is saved, with the complaint's own
 * known identities and the generic detection, so the reviewers see the redaction beside the
 * original and nobody beyond them ever sees the original. A draft after a return replaces the last.
 */
@ApplicationScoped
public class StoryDrafting {

  static final String DRAFT_STEP = "draft-story";

  private final StoryWork work;
  private final Complaints complaints;
  private final StoryKnownIdentities identities;
  private final StoryRedactions redactions;

  @Inject
  public StoryDrafting(
      StoryWork work,
      Complaints complaints,
      StoryKnownIdentities identities,
      StoryRedactions redactions) {
    this.work = work;
    this.complaints = complaints;
    this.identities = identities;
    this.redactions = redactions;
  }

  /** For the CDI proxy only. */
  protected StoryDrafting() {
    this(null, null, null, null);
  }

  @Transactional
  public Story draft(
      String storyId, String concern, String improvements, String procedure, Long version) {
    StoryParts original = new StoryParts(concern, improvements, procedure);
    for (var part :
        Map.of(
                "concern", original.concern(),
                "improvements", original.improvements(),
                "procedure", original.procedure())
            .entrySet()) {
      if (part.getValue().length() > Story.MAX_PART) {
        throw new StoryRuleException(
            part.getKey(), "must be " + Story.MAX_PART + " characters or fewer");
      }
    }
    Story story = work.story(storyId, version);
    StoryRedaction redaction =
        redactions.of(
            identities.of(
                complaints
                    .find(story.complaintId())
                    .orElseThrow(() -> new IllegalStateException("story without its complaint"))));
    StoryParts redacted =
        new StoryParts(
            redaction.apply(original.concern()).redacted(),
            redaction.apply(original.improvements()).redacted(),
            redaction.apply(original.procedure()).redacted());
    story.draft(original, redacted, work.caller().name());
    work.audit(
        "STORY_DRAFTED",
        story,
        "characters="
            + (original.concern().length()
                + original.improvements().length()
                + original.procedure().length()));
    work.complete(story, DRAFT_STEP, Map.of());
    return story;
  }
}
