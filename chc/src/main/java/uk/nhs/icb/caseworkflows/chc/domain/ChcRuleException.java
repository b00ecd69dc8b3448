package uk.nhs.icb.caseworkflows.chc.domain;

import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;

/**
 * A change the National Framework's rules do not allow, such as a rating at a level the domain does
 * not have, or a recommendation before the whole Decision Support Tool is filled in. The message is
 * written for the nurse assessor who tried, and says what to do first where there is something to
 * do.
 */
public class ChcRuleException extends ConflictProblem {

  public ChcRuleException(String message) {
    super(message);
  }
}
