package uk.nhs.icb.caseworkflows.complaints.application;

import java.util.Arrays;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.casework.TaskKey;

/**
 * The user tasks of {@code complaint.bpmn}, by the task key the model gives them: the one place the
 * complaints module names a step of its process, so a renamed task is a compile error here and not
 * a silent mismatch in a use case or a page.
 */
public enum ComplaintTask implements TaskKey {
  DECIDE_LATE_COMPLAINT("decide-late-complaint"),
  CHECK_REMIT("check-remit"),
  ACKNOWLEDGE("acknowledge"),
  DECIDE_STANDING("decide-standing"),
  RECORD_CONSENT("record-consent"),
  AGREE_PLAN("agree-plan"),
  DECIDE_ANONYMOUS("decide-anonymous"),
  RECORD_CHOICE("record-choice"),
  INVESTIGATE("investigate"),
  DRAFT_RESPONSE("draft-response"),
  SIGN_OFF_RESPONSE("sign-off-response"),
  // After the response, in models of their own (AfterResponseProcessModels).
  WRITE_FURTHER_RESPONSE("write-further-response"),
  COMPLETE_ACTION("complete-action");

  private final String key;

  ComplaintTask(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The task with that key; empty for a step that is not a user task of this model. */
  public static Optional<ComplaintTask> withKey(String key) {
    return Arrays.stream(values()).filter(task -> task.key.equals(key)).findFirst();
  }
}
