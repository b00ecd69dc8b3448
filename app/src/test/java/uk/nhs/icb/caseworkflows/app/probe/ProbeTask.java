package uk.nhs.icb.caseworkflows.app.probe;

import java.util.Locale;
import uk.nhs.icb.caseworkflows.bpmn.casework.TaskKey;

/** The user tasks of platform-probe.bpmn, each named as its model's task id in capitals. */
public enum ProbeTask implements TaskKey {
  REVIEW;

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
