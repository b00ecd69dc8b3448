package uk.nhs.icb.caseworkflows.common.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** References of three workflows, their years and their counters. */
class CaseReferenceTest {

  @Test
  void eachWorkflowWritesItsPrefixTheYearAndSixDigits() {
    assertThat(new CaseReference("CMP", 2026, 1).formatted()).isEqualTo("CMP-2026-000001");
    assertThat(new CaseReference("CHC", 2027, 42)).hasToString("CHC-2027-000042");
    assertThat(new CaseReference("IFR", 2030, 999_999).formatted()).isEqualTo("IFR-2030-999999");
  }

  @Test
  void aReferenceIsReadInItsOwnSeriesOnly() {
    assertThat(CaseReference.parse("IFR", " ifr-2026-000123 "))
        .isEqualTo(new CaseReference("IFR", 2026, 123));
    assertThat(CaseReference.isValid("CHC", "CHC-2026-000001")).isTrue();
    assertThat(CaseReference.isValid("CHC", "IFR-2026-000001")).isFalse();
    assertThatThrownBy(() -> CaseReference.parse("CHC", "CMP-2026-000001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CHC-2026-000123");
  }

  @Test
  void theStoredFormReadsBackInAnySeries() {
    CaseReferenceConverter converter = new CaseReferenceConverter();
    for (CaseReference reference :
        new CaseReference[] {
          new CaseReference("CMP", 2026, 7),
          new CaseReference("CHC", 2026, 7),
          new CaseReference("IFR", 2028, 12_345)
        }) {
      String stored = converter.convertToDatabaseColumn(reference);
      assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(reference);
    }
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }

  @Test
  void numberZeroAShortNumberAndALowerCasePrefixAreNotReferences() {
    assertThat(CaseReference.isValid("IFR", "IFR-2026-000000")).isFalse();
    assertThat(CaseReference.isValid("IFR", "IFR-2026-123")).isFalse();
    assertThat(CaseReference.isValid("IFR", null)).isFalse();
    assertThatThrownBy(() -> new CaseReference("ifr", 2026, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseReference("IFR", 1999, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachSeriesCountsOnItsOwnAndRestartsEachYear() {
    CaseReferenceCounter complaints = CaseReferenceCounter.startingAfter("CMP", 2026, 0);
    CaseReferenceCounter requests = CaseReferenceCounter.startingAfter("IFR", 2026, 0);

    assertThat(complaints.next(2026)).hasToString("CMP-2026-000001");
    assertThat(complaints.next(2026)).hasToString("CMP-2026-000002");
    assertThat(requests.next(2026)).hasToString("IFR-2026-000001");
    assertThat(complaints.next(2027)).hasToString("CMP-2027-000001");
    assertThat(requests.next(2027)).hasToString("IFR-2027-000001");
    assertThat(complaints.next(2027)).hasToString("CMP-2027-000002");
  }

  @Test
  void aCounterCreatedOverExistingCasesNumbersOnFromTheHighest() {
    CaseReferenceCounter assessments = CaseReferenceCounter.startingAfter("CHC", 2026, 41);

    assertThat(assessments.next(2026)).hasToString("CHC-2026-000042");
  }
}
