package uk.nhs.icb.caseworkflows.common.consent.domain;

/** How a consent, or its withdrawal, reached us. */
public enum ConsentMethod {
  WRITTEN,
  VERBAL,
  /** A signed consent form, such as the PHSO sample forms. */
  FORM,
  EMAIL
}
