package uk.nhs.icb.caseworkflows.common.consent.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers, from a case's consent records, whether a purpose is covered for a person at an instant,
 * and which record covers it, so whatever relies on the consent can name it as its basis. Pure: it
 * reads the records it is given and nothing else.
 */
public final class ConsentCheck {

  private final List<ConsentRecord> records;

  public ConsentCheck(Collection<ConsentRecord> records) {
    this.records = List.copyOf(records);
  }

  public static ConsentCheck none() {
    return new ConsentCheck(List.of());
  }

  /** Only the records of one case, so a consent in another case can never be relied on here. */
  public ConsentCheck forCase(String caseType, String caseId) {
    return new ConsentCheck(
        records.stream().filter(record -> record.belongsTo(caseType, caseId)).toList());
  }

  public boolean isCovered(ConsentPurpose purpose, ConsentSubject person, Instant at) {
    return basisFor(purpose, person, at).isPresent();
  }

  /** The latest-given record in force that covers it; the one a disclosure should cite. */
  public Optional<ConsentRecord> basisFor(
      ConsentPurpose purpose, ConsentSubject person, Instant at) {
    return records.stream()
        .filter(record -> record.covers(purpose, person, at))
        .max(Comparator.comparing(ConsentRecord::givenAt));
  }
}
