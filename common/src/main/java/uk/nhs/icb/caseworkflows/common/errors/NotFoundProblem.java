package uk.nhs.icb.caseworkflows.common.errors;

/**
 * A case, task or record that does not exist, or that the caller may not know exists: both are
 * answered alike with 404, so that ids of other teams' cases cannot be probed.
 */
public class NotFoundProblem extends RuntimeException {

  public NotFoundProblem(String what) {
    super(what);
  }
}
