package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * The levels of need the Decision Support Tool describes, lowest first. Not every domain has every
 * level: {@link CareDomain#levels()} says which a domain has.
 */
public enum NeedLevel {
  NO_NEEDS("No needs"),
  LOW("Low"),
  MODERATE("Moderate"),
  HIGH("High"),
  SEVERE("Severe"),
  PRIORITY("Priority");

  private final String title;

  NeedLevel(String title) {
    this.title = title;
  }

  /** The level as the tool prints it. */
  public String title() {
    return title;
  }
}
