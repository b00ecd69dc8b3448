package uk.nhs.icb.caseworkflows.common.errors;

/**
 * A change that lost a race or no longer fits the record's state (409); the message is for a
 * person.
 */
public class ConflictProblem extends RuntimeException {

  public ConflictProblem(String message) {
    super(message);
  }
}
