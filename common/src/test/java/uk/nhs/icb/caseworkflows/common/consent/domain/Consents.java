package uk.nhs.icb.caseworkflows.common.consent.domain;

import java.time.Instant;

/** Consent records for tests: Jane Smith, the complainant in complaint-1, unless a test says. */
final class Consents {

  static final Instant GIVEN = Instant.parse("2026-03-02T10:00:00Z");
  static final ConsentSubject JANE = ConsentSubject.of("Jane Smith", "complainant");

  private Consents() {}

  static ConsentRecord janeConsentsTo(ConsentPurpose purpose) {
    return given("complaint-1", JANE, purpose, GIVEN);
  }

  static ConsentRecord given(
      String caseId, ConsentSubject whose, ConsentPurpose purpose, Instant givenAt) {
    return ConsentRecord.given(
        "COMPLAINT",
        caseId,
        whose,
        ConsentGiver.thePerson(),
        purpose,
        ConsentMethod.FORM,
        givenAt,
        "sam.handler");
  }
}
