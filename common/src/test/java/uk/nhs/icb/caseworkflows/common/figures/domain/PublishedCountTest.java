package uk.nhs.icb.caseworkflows.common.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedCountTest {

  @ParameterizedTest(name = "{0} is published as {1}")
  @CsvSource({
    "0, 0",
    "1, *",
    "2, *",
    "7, *",
    "8, 10",
    "9, 10",
    "10, 10",
    "11, 10",
    // 12 is 2 from 10 and 3 from 15; a whole count is never halfway (2.5) between two fives.
    "12, 10",
    "13, 15",
    "14, 15",
    "15, 15",
    "17, 15",
    "18, 20",
    "22, 20",
    "23, 25",
    "1002, 1000",
    "1003, 1005"
  })
  void theSmallNumberRule(long exact, String shown) {
    assertThat(PublishedCount.of(exact).shown()).isEqualTo(shown);
  }

  @Test
  void onlyOneToSevenAreSuppressed() {
    assertThat(PublishedCount.of(0).isSuppressed()).isFalse();
    assertThat(PublishedCount.of(1).isSuppressed()).isTrue();
    assertThat(PublishedCount.of(7).isSuppressed()).isTrue();
    assertThat(PublishedCount.of(8).isSuppressed()).isFalse();
  }

  @Test
  void noPublishedFigureIsASmallNumberWhateverTheCount() {
    for (long exact = 0; exact <= 200; exact++) {
      String shown = PublishedCount.of(exact).shown();
      if (!shown.equals("*")) {
        long value = Long.parseLong(shown);
        assertThat(value == 0 || value >= 10).as("%d shown as %s", exact, shown).isTrue();
        assertThat(value % 5).isZero();
        assertThat(Math.abs(value - exact)).isLessThanOrEqualTo(2);
      }
    }
  }

  @Test
  void aNegativeCountIsAMistake() {
    assertThatThrownBy(() -> PublishedCount.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theExactNumberCannotBeReadBack() {
    // Nothing public gives a number back: only the text as shown.
    assertThat(Arrays.stream(PublishedCount.class.getMethods()))
        .filteredOn(method -> method.getDeclaringClass() == PublishedCount.class)
        .filteredOn(method -> !method.getName().equals("hashCode"))
        .allSatisfy(
            method ->
                assertThat(method.getReturnType())
                    .isNotIn(long.class, int.class, Long.class, Integer.class));
  }
}
