package uk.nhs.icb.caseworkflows.common.consent.domain;

import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;

/**
 * A change to a consent record that its state does not allow, such as withdrawing it twice. The
 * message is written for the member of staff who tried.
 */
public class ConsentRuleException extends ConflictProblem {

  public ConsentRuleException(String message) {
    super(message);
  }
}
