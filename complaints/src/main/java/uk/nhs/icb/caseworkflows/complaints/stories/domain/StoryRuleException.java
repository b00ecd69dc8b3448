package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * A story rule refused an action; {@code field} names what was wrong, so the API answers 400 naming
 * it and a page shows the message beside it. Thrown inside a use case's transaction, it rolls back
 * whatever the action had begun: nothing refused is stored.
 */
public class StoryRuleException extends InvalidInputException {

  public StoryRuleException(String field, String reason) {
    super(field, reason);
  }

  public String field() {
    return errors().get(0).field();
  }
}
