package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * What entitles someone to speak for the person. Only a registered lasting power of attorney for
 * health and welfare or a deputy appointed by the Court of Protection may consent for a person who
 * lacks capacity; family members are consulted, but a best-interests decision stands in for consent
 * then (Mental Capacity Act 2005).
 */
public enum RepresentativeStanding {
  LASTING_POWER_OF_ATTORNEY("Lasting power of attorney for health and welfare", true),
  DEPUTY("Deputy appointed by the Court of Protection", true),
  FAMILY("Family member", false),
  OTHER("Friend, carer or advocate", false);

  private final String title;
  private final boolean mayConsentForThePerson;

  RepresentativeStanding(String title, boolean mayConsentForThePerson) {
    this.title = title;
    this.mayConsentForThePerson = mayConsentForThePerson;
  }

  public String title() {
    return title;
  }

  /** Whether this standing carries legal authority to consent when the person lacks capacity. */
  public boolean mayConsentForThePerson() {
    return mayConsentForThePerson;
  }
}
