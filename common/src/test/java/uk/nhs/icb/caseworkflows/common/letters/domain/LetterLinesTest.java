package uk.nhs.icb.caseworkflows.common.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterLinesTest {

  @Test
  void eachTypedLineIsOneItemStrippedWithBlankLinesDropped() {
    assertThat(LetterLines.of(" A six-week wait \r\n\n  \nTwo unreturned calls\n"))
        .containsExactly("A six-week wait", "Two unreturned calls");
  }

  @Test
  void nothingTypedIsNoItems() {
    assertThat(LetterLines.of(null)).isEmpty();
    assertThat(LetterLines.of("")).isEmpty();
  }
}
