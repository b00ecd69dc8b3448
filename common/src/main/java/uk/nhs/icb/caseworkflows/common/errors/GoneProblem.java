package uk.nhs.icb.caseworkflows.common.errors;

/**
 * A case that existed and was destroyed at the end of its retention period (410): unlike a 404, it
 * tells the caller the reference is not mistyped and that nothing of it can come back.
 */
public class GoneProblem extends RuntimeException {

  public GoneProblem(String what) {
    super(what);
  }
}
