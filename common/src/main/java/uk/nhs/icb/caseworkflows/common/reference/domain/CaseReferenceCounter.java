package uk.nhs.icb.caseworkflows.common.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Hands out the references of one series in order, restarting at 1 each year. There is one row per
 * prefix, locked by whoever takes the next number, so two cases received at the same moment never
 * share one.
 */
@Entity
@Table(name = "case_reference_counter")
public class CaseReferenceCounter {

  @Id
  @Column(name = "prefix", length = 5)
  private String prefix;

  @Column(name = "counter_year", nullable = false)
  private int year;

  @Column(name = "last_sequence", nullable = false)
  private int lastSequence;

  protected CaseReferenceCounter() {}

  /** A counter whose next reference in {@code year} follows {@code lastIssued} (0: none yet). */
  public static CaseReferenceCounter startingAfter(String prefix, int year, int lastIssued) {
    CaseReferenceCounter counter = new CaseReferenceCounter();
    counter.prefix = prefix;
    counter.year = year;
    counter.lastSequence = lastIssued;
    return counter;
  }

  public CaseReference next(int forYear) {
    if (forYear != year) {
      year = forYear;
      lastSequence = 0;
    }
    lastSequence++;
    return new CaseReference(prefix, year, lastSequence);
  }
}
