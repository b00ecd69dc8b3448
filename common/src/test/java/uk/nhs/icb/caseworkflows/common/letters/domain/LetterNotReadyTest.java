package uk.nhs.icb.caseworkflows.common.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LetterNotReadyTest {

  @Test
  void whatTheFileHoldsIsGivenBack() {
    assertThat(LetterNotReady.requireOnFile(Optional.of("eligible"), "Record the decision."))
        .isEqualTo("eligible");
  }

  @Test
  void aLetterWhoseSubstanceIsNotOnFileIsRefusedSayingWhatToRecordFirst() {
    assertThatThrownBy(
            () ->
                LetterNotReady.requireOnFile(
                    Optional.empty(), "Record the panel's decision before writing to say so."))
        .isInstanceOf(LetterNotReady.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Record the panel's decision before writing to say so.");
  }
}
