package uk.nhs.icb.caseworkflows.ifr.domain;

import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;

/**
 * A change the request's state does not allow, such as a review asked for after its 28 days. The
 * message is written for the coordinator or panel member who tried (a 409).
 */
public class IfrRuleException extends ConflictProblem {

  public IfrRuleException(String message) {
    super(message);
  }
}
