package uk.nhs.icb.caseworkflows.complaints.domain;

import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;

/**
 * A complaint's reference, "CMP-2026-000123": the kit's {@link CaseReference} in the complaints'
 * series, typed so that a complaint cannot be given another workflow's reference.
 */
public record ComplaintReference(int year, int sequence) {

  public static final String PREFIX = "CMP";

  public ComplaintReference {
    new CaseReference(PREFIX, year, sequence);
  }

  /** The complaint reference a counter of the complaints' series handed out. */
  public static ComplaintReference of(CaseReference reference) {
    return parse(reference.formatted());
  }

  /** Reads a reference as typed, ignoring case and surrounding spaces. */
  public static ComplaintReference parse(String typed) {
    CaseReference reference = CaseReference.parse(PREFIX, typed);
    return new ComplaintReference(reference.year(), reference.sequence());
  }

  public static boolean isValid(String typed) {
    return CaseReference.isValid(PREFIX, typed);
  }

  public String formatted() {
    return new CaseReference(PREFIX, year, sequence).formatted();
  }

  @Override
  public String toString() {
    return formatted();
  }
}
