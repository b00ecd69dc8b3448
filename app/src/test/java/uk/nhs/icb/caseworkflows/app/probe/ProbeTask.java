package uk.nhs.icb.caseworkflows.app.probe;

import uk.nhs.icb.caseworkflows.bpmn.casework.TaskKey;

/** The user tasks of platform-probe.bpmn. */
public enum ProbeTask implements TaskKey {
  REVIEW("review");

  private final String key;

  ProbeTask(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
