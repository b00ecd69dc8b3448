package uk.nhs.icb.caseworkflows.common.party.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed.ADVOCATE;
import static uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed.BRAILLE_READY_TEXT;
import static uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed.BSL_INTERPRETER;
import static uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed.EASY_READ;
import static uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed.EMAIL_ONLY;
import static uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed.LARGE_PRINT;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommunicationNeedsTest {

  @Test
  void thePageSaysTheNeedsInOneLine() {
    assertThat(CommunicationNeeds.of(BSL_INTERPRETER, LARGE_PRINT).pageText())
        .isEqualTo("Needs large print; needs a BSL interpreter");
  }

  @Test
  void everyNeedHasItsOwnWordsOnThePage() {
    assertThat(CommunicationNeeds.of(CommunicationNeed.values()).pageText())
        .isEqualTo(
            "Needs large print; needs easy read; contact by email only;"
                + " needs a BSL interpreter; needs braille-ready text; needs an advocate");
  }

  @Test
  void nobodyWithoutNeedsGetsABlankLineOnThePage() {
    assertThat(CommunicationNeeds.none().pageText()).isEmpty();
    assertThat(CommunicationNeeds.none().isNone()).isTrue();
    assertThat(CommunicationNeeds.of(List.of(), "  ").isNone()).isTrue();
    assertThat(CommunicationNeeds.of(List.of(), "prefers calls after 2pm").isNone()).isFalse();
  }

  @Test
  void theFormsCheckboxCodesBecomeNeeds() {
    CommunicationNeeds needs =
        CommunicationNeeds.fromCodes(List.of("large-print", "advocate"), " via her son ");

    assertThat(needs.needs()).containsExactly(LARGE_PRINT, ADVOCATE);
    assertThat(needs.note()).isEqualTo("via her son");
  }

  @Test
  void anUnknownCodeIsRefusedByName() {
    assertThatThrownBy(() -> CommunicationNeeds.fromCodes(List.of("smoke-signals"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smoke-signals");
  }

  @Test
  void theNoteHasALimit() {
    String longest = "x".repeat(CommunicationNeeds.MAX_NOTE_LENGTH);

    assertThat(CommunicationNeeds.of(List.of(), longest).note()).hasSize(500);
    assertThatThrownBy(() -> CommunicationNeeds.of(List.of(), longest + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500");
  }

  @Test
  void largePrintAsksForLargePrintLetters() {
    assertThat(CommunicationNeeds.of(LARGE_PRINT).wantsLargePrintLetters()).isTrue();
    assertThat(CommunicationNeeds.of(LARGE_PRINT).wantsPlainTextLetters()).isFalse();
    assertThat(CommunicationNeeds.of(EASY_READ).wantsLargePrintLetters()).isFalse();
  }

  @Test
  void brailleAndEmailOnlyAskForAPlainTextCopy() {
    assertThat(CommunicationNeeds.of(BRAILLE_READY_TEXT).wantsPlainTextLetters()).isTrue();
    assertThat(CommunicationNeeds.of(EMAIL_ONLY).wantsPlainTextLetters()).isTrue();
    assertThat(CommunicationNeeds.of(BSL_INTERPRETER).wantsPlainTextLetters()).isFalse();
    assertThat(CommunicationNeeds.none().wantsPlainTextLetters()).isFalse();
  }

  @Test
  void addingAndRemovingANeedGivesANewValue() {
    CommunicationNeeds before = CommunicationNeeds.of(LARGE_PRINT);

    CommunicationNeeds after = before.with(ADVOCATE).without(LARGE_PRINT);

    assertThat(after.needs()).containsExactly(ADVOCATE);
    assertThat(before.needs()).containsExactly(LARGE_PRINT);
    assertThat(after).isEqualTo(CommunicationNeeds.of(ADVOCATE));
  }

  @Test
  void twoRecordsOfTheSameNeedsAreEqualWhateverTheOrder() {
    assertThat(CommunicationNeeds.of(ADVOCATE, LARGE_PRINT))
        .isEqualTo(CommunicationNeeds.of(LARGE_PRINT, ADVOCATE))
        .hasSameHashCodeAs(CommunicationNeeds.of(LARGE_PRINT, ADVOCATE));
  }

  @Test
  void theCodesNeverChangeOnceStored() {
    // Stored in the database and sent by forms: renaming one would lose people's needs.
    assertThat(List.of(CommunicationNeed.values()))
        .extracting(CommunicationNeed::code)
        .containsExactly(
            "large-print",
            "easy-read",
            "email-only",
            "bsl-interpreter",
            "braille-ready-text",
            "advocate");
  }
}
