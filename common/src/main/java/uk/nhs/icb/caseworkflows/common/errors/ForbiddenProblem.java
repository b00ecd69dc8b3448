package uk.nhs.icb.caseworkflows.common.errors;

/** The caller is known but their role does not allow this action (403). */
public class ForbiddenProblem extends RuntimeException {

  public ForbiddenProblem(String message) {
    super(message);
  }
}
