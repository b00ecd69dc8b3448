package uk.nhs.icb.caseworkflows.ifr.application;

import java.util.Arrays;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.casework.TaskKey;

/**
 * The user tasks of {@code ifr.bpmn} and {@code ifr-policy-signal.bpmn}, by the task key the models
 * give them: the one place the IFR module names a step of its processes.
 */
public enum IfrTask implements TaskKey {
  SCREEN("screen"),
  CHAIRS_ACTION("chairs-action"),
  DECIDE_AT_PANEL("decide-at-panel"),
  DECIDE_REVIEW("decide-review"),
  RECORD_OUTCOME_REPORT("record-outcome-report"),
  REFER_TO_POLICY("refer-to-policy");

  private final String key;

  IfrTask(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  public static Optional<IfrTask> withKey(String key) {
    return Arrays.stream(values()).filter(task -> task.key.equals(key)).findFirst();
  }
}
