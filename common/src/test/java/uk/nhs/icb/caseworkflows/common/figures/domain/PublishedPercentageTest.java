package uk.nhs.icb.caseworkflows.common.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedPercentageTest {

  @ParameterizedTest(name = "{0} of {1} is published as {2}")
  @CsvSource({
    "0, 0, none to count",
    "0, 1, *",
    "1, 1, *",
    "7, 7, *",
    "0, 8, 0%",
    "1, 8, *",
    "7, 8, *",
    "8, 8, 100%",
    // 8 of 12: 10 of 10, not the exact 67% that would give back the hidden 4.
    "8, 12, 100%",
    "8, 13, 67%",
    "12, 13, 67%",
    "13, 13, 100%",
    "0, 13, 0%",
    "12, 12, 100%",
    "95, 100, 95%"
  })
  void sharesFollowThePublishedCounts(long part, long whole, String shown) {
    assertThat(PublishedPercentage.of(part, whole).shown()).isEqualTo(shown);
  }

  @Test
  void aShareCannotBeMoreThanTheWhole() {
    assertThatThrownBy(() -> PublishedPercentage.of(9, 8))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
