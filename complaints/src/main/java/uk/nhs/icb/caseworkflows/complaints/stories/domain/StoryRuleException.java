package uk.nhs.icb.caseworkflows.complaints.stories.domain;

/** A story rule refused an action; {@code field} names what was wrong, for a 400 beside it. */
public class StoryRuleException extends RuntimeException {

  private final String field;

  public StoryRuleException(String field, String reason) {
    super(reason);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
