package uk.nhs.icb.caseworkflows.ifr.domain;

/** A member's place on the IFR panel; national composition is not set, so these are the usual. */
public enum PanelRole {
  CHAIR("Chair"),
  CLINICAL("Clinical member"),
  PUBLIC_HEALTH("Public health member"),
  LAY("Lay member"),
  COMMISSIONING("Commissioning manager");

  private final String label;

  PanelRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
