package uk.nhs.icb.caseworkflows.ifr.domain;

/** Where a funding request stands, as the case list and page show it. */
public enum IfrStatus {
  /** Logged without evidence of the patient's consent and sent back to the clinician. */
  RETURNED("Returned: no evidence of consent", true),
  SCREENING("Screening", false),
  AWAITING_INFORMATION("Waiting for more information", false),
  AWAITING_CHAIRS_ACTION("Urgent: waiting for chair's action", false),
  AWAITING_PANEL("Waiting for the panel", false),
  DECIDED("Decided", false),
  UNDER_REVIEW("Under review", false),
  SCREENED_OUT("Screened out", true),
  CLOSED("Closed", true);

  private final String label;
  private final boolean closed;

  IfrStatus(String label, boolean closed) {
    this.label = label;
    this.closed = closed;
  }

  public String label() {
    return label;
  }

  public boolean isClosed() {
    return closed;
  }
}
