package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryParts;

/**
 * A story as the complaints team and the Caldicott Guardian see it: the original draft beside its
 * redaction, and the small-number warnings for the redacted text (what would be published). Each
 * read of one story is audited, as the original is personal data.
 */
@ApplicationScoped
public class StoryReading {

  private final StoryWork work;
  private final Complaints complaints;
  private final StorySettings settings;

  @Inject
  public StoryReading(StoryWork work, Complaints complaints, StorySettings settings) {
    this.work = work;
    this.complaints = complaints;
    this.settings = settings;
  }

  /** For the CDI proxy only. */
  protected StoryReading() {
    this(null, null, null);
  }

  /** One story, the complaint's reference and the warnings a reviewer must weigh. */
  public record StoryFile(Story story, String complaintReference, List<String> warnings) {}

  @Transactional
  public StoryFile of(String storyId) {
    Story story = work.story(storyId);
    work.audit(AuditEntry.read("STORY_READ", StoryWork.CASE_TYPE, story.id(), null));
    return new StoryFile(story, referenceOf(story), warningsFor(story));
  }

  /** The stories under way or published, newest first. */
  @Transactional
  public List<StoryFile> current() {
    return work.stories().current().stream()
        .map(story -> new StoryFile(story, referenceOf(story), List.of()))
        .toList();
  }

  private List<String> warningsFor(Story story) {
    return story
        .redacted()
        .map(StoryParts::concern)
        .map(
            concern -> {
              StoryParts redacted = story.redacted().orElseThrow();
              return settings
                  .smallNumberRisk()
                  .warningsFor(
                      concern + "\n" + redacted.improvements() + "\n" + redacted.procedure());
            })
        .orElse(List.of());
  }

  private String referenceOf(Story story) {
    return complaints
        .find(story.complaintId())
        .map(complaint -> complaint.reference().formatted())
        .orElse("");
  }
}
