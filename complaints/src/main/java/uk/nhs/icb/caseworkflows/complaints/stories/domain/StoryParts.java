package uk.nhs.icb.caseworkflows.complaints.stories.domain;

/**
 * The three parts of a story: the concern, the improvements made, how well the complaints procedure
 * was applied. Each is required; a blank one is refused naming its part.
 */
public record StoryParts(String concern, String improvements, String procedure) {

  public StoryParts {
    concern = required("concern", concern);
    improvements = required("improvements", improvements);
    procedure = required("procedure", procedure);
  }

  private static String required(String part, String text) {
    if (text == null || text.isBlank()) {
      throw new StoryRuleException(part, "must not be empty");
    }
    return text.strip();
  }
}
