package uk.nhs.icb.caseworkflows.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void aRequiredAnswerThatIsBlankIsMissing() {
    assertThat(Text.required("  Mrs Jones ", "the name")).isEqualTo("Mrs Jones");
    assertThatThrownBy(() -> Text.required(" ", "the reason"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the reason is required");
    assertThatThrownBy(() -> Text.required(null, "the reason"))
        .hasMessage("the reason is required");
  }

  @Test
  void anOptionalAnswerThatIsBlankIsNone() {
    assertThat(Text.optional(" ")).isNull();
    assertThat(Text.optional(null)).isNull();
    assertThat(Text.optional(" LS1 4AP ")).isEqualTo("LS1 4AP");
  }

  @Test
  void linesAreKeptOnePerLineWithoutBlanks() {
    String joined = Text.joinLines(Arrays.asList(" 1 High Street ", "", null, "Leeds"));

    assertThat(joined).isEqualTo("1 High Street\nLeeds");
    assertThat(Text.splitLines(joined)).containsExactly("1 High Street", "Leeds");
    assertThat(Text.joinLines(Arrays.asList(" ", null))).isNull();
    assertThat(Text.joinLines(null)).isNull();
    assertThat(Text.splitLines(null)).isEmpty();
  }

  @Test
  void daysAreWrittenAsLettersWriteThemAndReadInEngland() {
    assertThat(Text.day(LocalDate.of(2026, 3, 3))).isEqualTo("Tuesday 3 March 2026");
    assertThat(Text.londonDate(Instant.parse("2026-06-30T23:30:00Z")))
        .isEqualTo(LocalDate.of(2026, 7, 1));
  }
}
