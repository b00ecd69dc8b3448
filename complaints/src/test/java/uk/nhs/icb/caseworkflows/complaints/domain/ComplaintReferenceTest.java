package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComplaintReferenceTest {

  @Test
  void aReferenceIsWrittenAsTheYearAndASixDigitNumber() {
    assertThat(new ComplaintReference(2026, 123).formatted()).isEqualTo("CMP-2026-000123");
    assertThat(new ComplaintReference(2026, 123)).hasToString("CMP-2026-000123");
  }

  @Test
  void aReferenceIsReadAsTypedIgnoringCaseAndSpaces() {
    assertThat(ComplaintReference.parse(" cmp-2026-000123 "))
        .isEqualTo(new ComplaintReference(2026, 123));
  }

  @Test
  void aReferenceReadBackIsTheSameReference() {
    ComplaintReference reference = new ComplaintReference(2027, 999_999);

    assertThat(ComplaintReference.parse(reference.formatted())).isEqualTo(reference);
  }

  @Test
  void somethingThatIsNotAReferenceIsRefusedWithWhatAReferenceLooksLike() {
    assertThatThrownBy(() -> ComplaintReference.parse("CMP-2026-123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CMP-2026-000123");
    assertThat(ComplaintReference.isValid("IFR-2026-000123")).isFalse();
    assertThat(ComplaintReference.isValid(null)).isFalse();
    assertThat(ComplaintReference.isValid("CMP-2026-000001")).isTrue();
  }

  @Test
  void numberZeroIsNotAReference() {
    assertThat(ComplaintReference.isValid("CMP-2026-000000")).isFalse();
  }
}
