package uk.nhs.icb.caseworkflows.chc.application;

import java.util.Arrays;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.casework.TaskKey;

/** The user tasks of chc.bpmn, by the ids the model gives them. */
public enum ChcTask implements TaskKey {
  RECORD_CONSENT("record-consent"),
  COMPLETE_CHECKLIST("complete-checklist"),
  FULL_ASSESSMENT("full-assessment"),
  DECIDE_ELIGIBILITY("decide-eligibility"),
  CONSIDER_FNC("consider-fnc"),
  ARRANGE_FAST_TRACK_PACKAGE("arrange-fast-track-package"),
  ARRANGE_CARE_PACKAGE("arrange-care-package"),
  REVIEW_CARE("review-care"),
  RESOLVE_LOCALLY("resolve-locally"),
  RECORD_INDEPENDENT_REVIEW("record-independent-review");

  private final String key;

  ChcTask(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The task with that key; empty for a step that is not a user task of this model. */
  public static Optional<ChcTask> withKey(String key) {
    return Arrays.stream(values()).filter(task -> task.key.equals(key)).findFirst();
  }
}
