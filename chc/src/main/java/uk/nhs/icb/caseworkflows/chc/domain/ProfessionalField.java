package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * Whether a profession belongs to health care or to social care, as the MDT rule tells them apart.
 */
public enum ProfessionalField {
  HEALTH,
  SOCIAL_CARE
}
