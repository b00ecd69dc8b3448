package uk.nhs.icb.caseworkflows.complaints.domain;

/** Who investigates: the ICB itself, or the provider at the ICB's request (with consent). */
public enum Investigator {
  ICB,
  PROVIDER
}
