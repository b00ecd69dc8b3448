package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.reference.application.ReferenceSeries;

/**
 * CHC cases are numbered in their own series, "CHC-2026-000045", from the first CHC case: no CHC
 * case was numbered before the counter existed.
 */
@ApplicationScoped
public class ChcReferenceSeries implements ReferenceSeries {

  static final String PREFIX = "CHC";

  @Override
  public String prefix() {
    return PREFIX;
  }
}
