package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Hands out complaint references in order, restarting at 1 each year. There is one row, locked by
 * whoever takes the next number, so two complaints received at the same moment never share one.
 */
@Entity
@Table(name = "complaint_reference_counter")
public class ComplaintReferenceCounter {

  public static final int THE_ONLY_ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "counter_year", nullable = false)
  private int year;

  @Column(name = "last_sequence", nullable = false)
  private int lastSequence;

  protected ComplaintReferenceCounter() {}

  public static ComplaintReferenceCounter startingIn(int year) {
    ComplaintReferenceCounter counter = new ComplaintReferenceCounter();
    counter.id = THE_ONLY_ID;
    counter.year = year;
    return counter;
  }

  public ComplaintReference next(int forYear) {
    if (forYear != year) {
      year = forYear;
      lastSequence = 0;
    }
    lastSequence++;
    return new ComplaintReference(year, lastSequence);
  }
}
