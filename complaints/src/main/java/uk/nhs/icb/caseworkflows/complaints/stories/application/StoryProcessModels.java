package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;

/**
 * The service-user story's model, deployed beside the complaint's. It runs with the story's id as
 * business key (case type {@value StoryWork#CASE_TYPE}), so its tasks are the story's, never the
 * complaint's.
 */
@ApplicationScoped
public class StoryProcessModels implements ProcessModels {

  public static final String STORY_CONSENT = "story-consent";

  @Override
  public List<String> resources() {
    return List.of("uk/nhs/icb/caseworkflows/complaints/stories/process/story-consent.bpmn");
  }
}
