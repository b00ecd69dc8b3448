package uk.nhs.icb.caseworkflows.complaints.domain;

import java.util.Arrays;

/** Where a complaint is in its life, in the words a handler would use. */
public enum ComplaintStatus {
  RECEIVED("just received"),
  ACKNOWLEDGED("acknowledged"),
  AWAITING_CONSENT("awaiting consent"),
  PLANNED("planned"),
  INVESTIGATING("being investigated"),
  AWAITING_SIGN_OFF("awaiting sign-off"),
  RESPONDED("responded to"),
  CLOSED("closed"),
  /** Reopened after its response for a further response (further local resolution). */
  REOPENED("reopened for a further response");

  private final String description;

  ComplaintStatus(String description) {
    this.description = description;
  }

  /** Finishes "while the complaint is ...". */
  public String description() {
    return description;
  }

  /**
   * Refuses a change this status does not allow, in the handler's words: "Stopping the clock is not
   * possible while the complaint is just received."
   *
   * @param change what was tried, as a phrase that can start a sentence ("a plan")
   */
  void require(String change, ComplaintStatus... allowed) {
    if (!Arrays.asList(allowed).contains(this)) {
      throw new ComplaintRuleException(
          Character.toUpperCase(change.charAt(0))
              + change.substring(1)
              + " is not possible while the complaint is "
              + description
              + ".");
    }
  }

  /** For a change that can be made from receipt until the response is sent. */
  void requireNotYetResponded(String change) {
    require(
        change,
        RECEIVED,
        ACKNOWLEDGED,
        AWAITING_CONSENT,
        PLANNED,
        INVESTIGATING,
        AWAITING_SIGN_OFF);
  }

  void requireOpen() {
    if (this == CLOSED) {
      throw new ComplaintRuleException("This complaint is closed.");
    }
  }
}
