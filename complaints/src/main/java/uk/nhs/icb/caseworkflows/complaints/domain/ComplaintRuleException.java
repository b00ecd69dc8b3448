package uk.nhs.icb.caseworkflows.complaints.domain;

import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;

/**
 * A change the complaint's state does not allow, such as recording an outcome before the complaint
 * has a plan. The message is written for the complaints handler who tried, and says what to do
 * first where there is something to do.
 */
public class ComplaintRuleException extends ConflictProblem {

  public ComplaintRuleException(String message) {
    super(message);
  }
}
