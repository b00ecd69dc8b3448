package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * The three columns a Checklist domain is rated in. Each domain's own descriptors say what A, B and
 * C mean there; in general A is the highest level of need and C no or low need.
 */
public enum ChecklistLevel {
  A,
  B,
  C
}
