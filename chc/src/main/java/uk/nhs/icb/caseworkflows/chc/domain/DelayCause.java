package uk.nhs.icb.caseworkflows.chc.domain;

/**
 * Why an eligibility decision came after the 28 days. Only a delay the ICB caused leads to a
 * refund; circumstances beyond its control (the Framework's words) do not.
 */
public enum DelayCause {
  CAUSED_BY_ICB,
  BEYOND_ICB_CONTROL
}
