package uk.nhs.icb.caseworkflows.common.consent.domain;

import java.time.Instant;

/**
 * What a disclosure relies on: a consent in force, or a lawful basis without consent that the
 * Caldicott Guardian approved. A disclosure cites it by id, so the file shows which it was.
 */
public interface SharingBasis {

  String id();

  /** True for the person's (or their representative's) consent; false for a basis without it. */
  boolean isConsent();

  /** Whether it lets {@code purpose} go ahead for {@code person} at {@code at}. */
  boolean covers(ConsentPurpose purpose, ConsentSubject person, Instant at);

  /** When it started to count, to choose the latest of several. */
  Instant since();
}
