package uk.nhs.icb.caseworkflows.common.consent.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Answers, from a case's consent records and the bases for sharing without consent the Caldicott
 * Guardian approved, whether a purpose is covered for a person at an instant, and what covers it,
 * so whatever relies on it can cite it. A consent in force is preferred to a basis without consent.
 * Pure: it reads what it is given and nothing else.
 */
public final class ConsentCheck {

  private final List<ConsentRecord> records;
  private final List<SharingWithoutConsent> withoutConsent;

  public ConsentCheck(Collection<ConsentRecord> records) {
    this(records, List.of());
  }

  public ConsentCheck(
      Collection<ConsentRecord> records, Collection<SharingWithoutConsent> withoutConsent) {
    this.records = List.copyOf(records);
    this.withoutConsent = List.copyOf(withoutConsent);
  }

  public static ConsentCheck none() {
    return new ConsentCheck(List.of());
  }

  /** Only those of one case, so a consent in another case can never be relied on here. */
  public ConsentCheck forCase(String caseType, String caseId) {
    return new ConsentCheck(
        records.stream().filter(record -> record.belongsTo(caseType, caseId)).toList(),
        withoutConsent.stream().filter(basis -> basis.belongsTo(caseType, caseId)).toList());
  }

  public boolean isCovered(ConsentPurpose purpose, ConsentSubject person, Instant at) {
    return basisFor(purpose, person, at).isPresent();
  }

  /**
   * What a disclosure should cite: the latest-given consent in force that covers it, or failing
   * that the latest basis without consent approved for it.
   */
  public Optional<SharingBasis> basisFor(
      ConsentPurpose purpose, ConsentSubject person, Instant at) {
    Optional<SharingBasis> consent = consentFor(purpose, person, at).map(SharingBasis.class::cast);
    return consent.or(() -> latest(withoutConsent.stream(), purpose, person, at));
  }

  /** The latest-given consent in force that covers it, leaving bases without consent aside. */
  public Optional<ConsentRecord> consentFor(
      ConsentPurpose purpose, ConsentSubject person, Instant at) {
    return latest(records.stream(), purpose, person, at);
  }

  private static <B extends SharingBasis> Optional<B> latest(
      Stream<B> bases, ConsentPurpose purpose, ConsentSubject person, Instant at) {
    return bases
        .filter(basis -> basis.covers(purpose, person, at))
        .max(Comparator.comparing(SharingBasis::since));
  }
}
