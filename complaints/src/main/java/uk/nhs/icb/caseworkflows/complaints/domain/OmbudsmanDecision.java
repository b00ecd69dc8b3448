package uk.nhs.icb.caseworkflows.complaints.domain;

/** What the Parliamentary and Health Service Ombudsman decided on a complaint referred to it. */
public enum OmbudsmanDecision {
  NOT_INVESTIGATED("not investigated"),
  UPHELD("upheld"),
  PARTLY_UPHELD("partly upheld"),
  NOT_UPHELD("not upheld");

  private final String words;

  OmbudsmanDecision(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** Only a complaint the Ombudsman upheld, in whole or in part, carries its recommendations. */
  public boolean mayRecommend() {
    return this == UPHELD || this == PARTLY_UPHELD;
  }
}
