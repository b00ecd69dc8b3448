package uk.nhs.icb.caseworkflows.bpmn.casework;

/**
 * A user task of a case process, by the id its BPMN model gives it. Each workflow names its steps
 * in one enum implementing this, so a renamed task is a compile error and not a silent mismatch.
 */
public interface TaskKey {

  /** The task's id in the BPMN model, as the engine reports it. */
  String key();
}
