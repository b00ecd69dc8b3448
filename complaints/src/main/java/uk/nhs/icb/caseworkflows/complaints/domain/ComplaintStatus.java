package uk.nhs.icb.caseworkflows.complaints.domain;

/** Where a complaint is in its life, in the words a handler would use. */
public enum ComplaintStatus {
  RECEIVED("just received"),
  ACKNOWLEDGED("acknowledged"),
  AWAITING_CONSENT("awaiting consent"),
  PLANNED("planned"),
  INVESTIGATING("being investigated"),
  AWAITING_SIGN_OFF("awaiting sign-off"),
  RESPONDED("responded to"),
  CLOSED("closed");

  private final String description;

  ComplaintStatus(String description) {
    this.description = description;
  }

  /** Finishes "while the complaint is ...". */
  public String description() {
    return description;
  }
}
