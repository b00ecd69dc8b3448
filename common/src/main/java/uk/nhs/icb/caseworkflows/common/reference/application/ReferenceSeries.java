package uk.nhs.icb.caseworkflows.common.reference.application;

/**
 * A case type's series of references. Implement it as an {@code @ApplicationScoped} bean and its
 * counter is created at start-up, before the first case of that type can be received.
 */
public interface ReferenceSeries {

  /** The prefix, e.g. "CMP". */
  String prefix();

  /**
   * The highest number already issued in {@code year}, for a database whose cases were numbered
   * before this counter existed; 0 when none.
   */
  default int lastIssuedIn(int year) {
    return 0;
  }
}
