package uk.nhs.icb.caseworkflows.chc.domain;

/** Where a person lives or is going to live, as far as NHS-funded Nursing Care is concerned. */
public enum CareSetting {
  OWN_HOME("Their own home"),
  CARE_HOME_WITHOUT_NURSING("A care home without nursing"),
  CARE_HOME_WITH_NURSING("A care home with nursing"),
  HOSPITAL("Hospital"),
  HOSPICE("Hospice"),
  OTHER("Somewhere else");

  private final String title;

  CareSetting(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
