package uk.nhs.icb.caseworkflows.common.coding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/** A code list holds its codes once each, finds them, and refuses any other. */
class CodeListTest {

  private static final CodeList TREATMENTS =
      new CodeList(
          "treatment",
          List.of(new Code("DRUG", "A drug"), new Code("DEVICE", "A device or appliance")));

  @Test
  void findsItsCodesInTheirOrderWithTheirLabels() {
    assertThat(TREATMENTS.codes()).extracting(Code::code).containsExactly("DRUG", "DEVICE");
    assertThat(TREATMENTS.require("DEVICE", "treatment").label())
        .isEqualTo("A device or appliance");
  }

  @Test
  void refusesAnUnknownCodeNamingTheFieldAndTheListButNotWhatWasSent() {
    assertThatThrownBy(() -> TREATMENTS.require("<script>", "treatment"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            thrown -> {
              FieldError error = ((InvalidInputException) thrown).errors().get(0);
              assertThat(error.field()).isEqualTo("treatment");
              assertThat(error.reason())
                  .isEqualTo("Not one of the treatment codes")
                  .doesNotContain("<script>");
            });
  }

  @Test
  void refusesAMissingCode() {
    assertThatThrownBy(() -> TREATMENTS.require(" ", "treatment"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("treatment");
  }

  @Test
  void checkingSeveralKeepsEachKnownCodeOnceAndReportsEveryUnknownOne() {
    List<FieldError> errors = new ArrayList<>();
    List<Code> found =
        TREATMENTS.checkAll(List.of("DRUG", "DRUG", "SURGERY", "DEVICE"), "treatments", errors);
    assertThat(found).extracting(Code::code).containsExactly("DRUG", "DEVICE");
    assertThat(errors).extracting(FieldError::field).containsExactly("treatments");
  }

  @Test
  void aRetiredCodeStillReadsBackAsItself() {
    assertThat(TREATMENTS.labelOf("DRUG")).isEqualTo("A drug");
    assertThat(TREATMENTS.labelOf("OLD_CODE")).isEqualTo("OLD_CODE");
  }

  @Test
  void aListNeedsCodesEachGivenOnce() {
    assertThatThrownBy(() -> new CodeList("empty", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new CodeList("twice", List.of(new Code("A", "One"), new Code("A", "Another"))))
        .hasMessageContaining("twice");
  }

  @Test
  void aCodeIsShortAndPlain() {
    assertThat(new Code("65-74", "65 to 74").code()).isEqualTo("65-74");
    assertThat(new Code("85+", "85 and over").code()).isEqualTo("85+");
    assertThatThrownBy(() -> new Code("two words", "Label"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Code("A", " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
