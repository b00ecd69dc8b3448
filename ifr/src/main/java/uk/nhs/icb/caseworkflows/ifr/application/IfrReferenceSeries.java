package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.reference.application.ReferenceSeries;

/** Funding requests are numbered in their own series, "IFR-2026-000001". */
@ApplicationScoped
public class IfrReferenceSeries implements ReferenceSeries {

  static final String PREFIX = "IFR";

  @Override
  public String prefix() {
    return PREFIX;
  }
}
