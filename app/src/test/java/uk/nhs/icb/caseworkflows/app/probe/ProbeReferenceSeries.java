package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.reference.application.ReferenceSeries;

/** Probe cases are numbered in their own series, "PRB-2026-000001", from a fresh database. */
@ApplicationScoped
public class ProbeReferenceSeries implements ReferenceSeries {

  static final String PREFIX = "PRB";

  @Override
  public String prefix() {
    return PREFIX;
  }
}
